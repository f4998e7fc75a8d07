package coop.occe.retkoop.ledger.advances;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.LedgerSettings;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.ledger.web.EntryForm;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.shared.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Régies d'avance: paying one to a teacher, its printable receipt, closing it with the
 * teacher's expenses and the remainder returned.
 */
@Controller
class AdvanceController {

	private final Ledger ledger;

	private final Advances advances;

	private final LedgerSettings settings;

	private final ClassBooks classBooks;

	AdvanceController(Ledger ledger, LedgerSettings settings, ClassBooks classBooks, Advances advances) {
		this.advances = advances;
		this.ledger = ledger;
		this.settings = settings;
		this.classBooks = classBooks;
	}

	/** A régie is paid and brought back in cash or by cheque, nothing else. */
	private static final List<PaymentMeans> MEANS = List.of(PaymentMeans.CASH, PaymentMeans.CHEQUE);

	@ModelAttribute("allMeans")
	PaymentMeans[] allMeans() {
		return MEANS.toArray(PaymentMeans[]::new);
	}

	@GetMapping("/coop/comptabilite/regies")
	String list(Model model) {
		FiscalYear year = year();
		EntryForm form = new EntryForm();
		form.setOperation(Operation.ADVANCE_PAYMENT);
		form.setDate(Dates.format(OpenYear.defaultDate(this.ledger, year)));
		form.setAmount(this.settings.advanceCeiling(year.associationId()).formatNumber());
		form.setMeans(PaymentMeans.CASH);
		form.setKey(UUID.randomUUID().toString());
		return showList(year, form, model);
	}

	@PostMapping("/coop/comptabilite/regies")
	String open(@ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		refuseMeansNotOffered(form, errors);
		if (errors.hasFieldErrors("classBookId") || (form.getClassBookId() != null
				&& this.classBooks.book(year.cooperativeId(), form.getClassBookId()).isEmpty())) {
			// The page offers the cooperative's own class books only.
			throw new NotOffered("classBookId");
		}
		form.setOperation(Operation.ADVANCE_PAYMENT);
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		if (problems.isEmpty()) {
			// The régie's service names it after the class's teacher and labels it when
			// the form left them empty.
			PostResult result = this.advances.openAdvance(year, form.getHolder(), form.getClassBookId(), draft);
			if (result.isPosted()) {
				redirect.addFlashAttribute("voucherNotice",
						result.alreadyPosted() ? "ledger.replayed" : "ledger.posted");
				redirect.addFlashAttribute("voucher", result.voucher());
				// A key its page never sent: the one of another form's entry.
				Advance advance = this.advances.paidBy(year, result.entryId()).orElseThrow(() -> new NotOffered("key"));
				return "redirect:/coop/comptabilite/regies/" + advance.id();
			}
			problems.addAll(result.problems());
		}
		Forms.reject(errors, problems);
		return showList(year, form, model);
	}

	@GetMapping("/coop/comptabilite/regies/{advanceId}")
	String show(@PathVariable long advanceId, Model model) {
		FiscalYear year = year();
		Advance advance = advance(year, advanceId);
		EntryForm form = new EntryForm();
		form.setOperation(Operation.ADVANCE_RETURN);
		form.setDate(Dates.format(OpenYear.defaultDate(this.ledger, year)));
		form.setMeans(PaymentMeans.CASH);
		return showAdvance(year, advance, form, model);
	}

	@PostMapping("/coop/comptabilite/regies/{advanceId}/retour")
	String close(@PathVariable long advanceId, @ModelAttribute("form") EntryForm form, BindingResult errors,
			@RequestParam(name = "spentSeen", required = false) Long spentSeen, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		Advance advance = advance(year, advanceId);
		refuseMeansNotOffered(form, errors);
		form.setOperation(Operation.ADVANCE_RETURN);
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		draft = new EntryDraft(Operation.ADVANCE_RETURN, draft.date(), draft.label(), draft.means(),
				draft.chequeNumber(), advance.remaining(), draft.splits(), null);
		if (spentSeen != null && spentSeen != advance.spent().cents()) {
			// A line of the class was accepted in another tab since the page was shown.
			problems.add(Problem.of(null, "ledger.advance.changedMeanwhile"));
		}
		if (problems.isEmpty()) {
			PostResult result = this.advances.closeAdvance(year, advance, draft);
			if (result.isPosted()) {
				redirect.addFlashAttribute("voucherNotice", "ledger.posted");
				redirect.addFlashAttribute("voucher", result.voucher());
				return "redirect:/coop/comptabilite/regies/" + advanceId;
			}
			if (result.isDone()) {
				redirect.addFlashAttribute("notice", "ledger.advance.closedSpent");
				return "redirect:/coop/comptabilite/regies/" + advanceId;
			}
			problems.addAll(result.problems());
		}
		Forms.reject(errors, problems);
		form.fillRows();
		return showAdvance(year, advance, form, model);
	}

	private static void refuseMeansNotOffered(EntryForm form, BindingResult errors) {
		if (!form.isKeyOffered()) {
			throw new NotOffered("key");
		}
		if (errors.hasFieldErrors("means") || (form.getMeans() != null && !MEANS.contains(form.getMeans()))) {
			throw new NotOffered("means");
		}
	}

	private String showList(FiscalYear year, EntryForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("advances", this.advances.advances(year));
		model.addAttribute("ceiling", this.settings.advanceCeiling(year.associationId()));
		model.addAttribute("classBooks", this.classBooks.books(year.cooperativeId()));
		return "ledger/advances";
	}

	private String showAdvance(FiscalYear year, Advance advance, EntryForm form, Model model) {
		List<Account> charges = this.ledger.activeAccounts(year, AccountKind.CHARGE);
		model.addAttribute("advance", advance);
		model.addAttribute("form", form);
		model.addAttribute("accounts", charges);
		model.addAttribute("classBook", (advance.classBookId() != null)
				? this.classBooks.book(year.cooperativeId(), advance.classBookId()).orElse(null) : null);
		model.addAttribute("pendingClassLines",
				(advance.classBookId() != null) ? this.classBooks.pendingOnAdvance(advance.id()) : 0L);
		model.addAttribute("carriedForward", this.advances.isCarriedForward(advance));
		if (!advance.isOpen() && advance.returnEntryId() != null) {
			model.addAttribute("returnEntry", this.ledger.entry(year, advance.returnEntryId()).orElseThrow());
		}
		return "ledger/advance";
	}

	private Advance advance(FiscalYear year, long advanceId) {
		return this.advances.advance(year, advanceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
