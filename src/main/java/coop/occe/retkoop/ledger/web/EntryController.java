package coop.occe.retkoop.ledger.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.cheques.Cheques;
import coop.occe.retkoop.ledger.projects.Projects;
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
 * The plain-words entry forms of the cash book: a new entry and the correction of one. An
 * entry of any other cooperative is "not found".
 */
@Controller
class EntryController {

	private final Ledger ledger;

	private final Cheques cheques;

	private final Projects projects;

	EntryController(Ledger ledger, Cheques cheques, Projects projects) {
		this.ledger = ledger;
		this.cheques = cheques;
		this.projects = projects;
	}

	@ModelAttribute("allMeans")
	PaymentMeans[] allMeans() {
		return PaymentMeans.OF_CASH_BOOK.toArray(PaymentMeans[]::new);
	}

	@GetMapping("/coop/comptabilite/operations/new")
	String newForm(@RequestParam(name = "type", defaultValue = "EXPENSE") String type, Model model) {
		FiscalYear year = year();
		EntryForm form = new EntryForm();
		form.setOperation(
				Operation.plainNamed(type).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		LocalDate today = this.ledger.today();
		form.setDate(Dates.format(year.schoolYear().contains(today) ? today : year.schoolYear().lastDay()));
		form.setKey(UUID.randomUUID().toString());
		if (form.getOperation() == Operation.EXPENSE) {
			this.cheques.suggestedCheque(year.cooperativeId()).ifPresent((n) -> form.setChequeNumber(n.toString()));
		}
		return showForm(year, form, null, model);
	}

	@PostMapping("/coop/comptabilite/operations")
	String create(@ModelAttribute("form") EntryForm form, BindingResult errors,
			@RequestParam(name = "operation", required = false) String typedOperation, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		if (Operation.plainNamed(typedOperation).isEmpty()) {
			// The page offers the plain operations only: régies are paid and returned
			// from their own page, which owns them.
			throw new NotOffered("operation");
		}
		refuseHiddenOrChoiceNotOffered(form, errors);
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		warnReusedCheque(year, draft, form, null, problems);
		if (problems.isEmpty() && !errors.hasErrors()) {
			PostResult result = this.ledger.post(year, draft);
			if (result.isPosted()) {
				redirect.addFlashAttribute("voucherNotice",
						result.alreadyPosted() ? "ledger.replayed" : "ledger.posted");
				redirect.addFlashAttribute("voucher", result.voucher());
				return "redirect:/coop/comptabilite/operations/" + result.entryId();
			}
			problems.addAll(result.problems());
		}
		else {
			Forms.addUnlessFieldTaken(problems, this.ledger.check(year, draft));
		}
		Forms.reject(errors, problems);
		form.fillRows();
		return showForm(year, form, null, model);
	}

	@GetMapping("/coop/comptabilite/operations/{entryId}/edit")
	String editForm(@PathVariable long entryId, Model model) {
		FiscalYear year = year();
		EntryView entry = entry(year, entryId);
		if (entry.cancelled() || year.closed() || !entry.operation().isPlain()) {
			return "redirect:/coop/comptabilite/operations/" + entryId;
		}
		return showForm(year, EntryForm.of(entry), entry, model);
	}

	@PostMapping("/coop/comptabilite/operations/{entryId}")
	String update(@PathVariable long entryId, @ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		EntryView entry = entry(year, entryId);
		if (!entry.operation().isPlain()) {
			throw new NotOffered("operation");
		}
		form.setOperation(entry.operation());
		refuseHiddenOrChoiceNotOffered(form, errors);
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		warnReusedCheque(year, draft, form, entryId, problems);
		if (problems.isEmpty() && !errors.hasErrors()) {
			PostResult result = this.ledger.correct(year, entryId, form.getVersion(), draft);
			if (result.isPosted()) {
				redirect.addFlashAttribute("voucherNotice", "ledger.corrected");
				redirect.addFlashAttribute("voucher", result.voucher());
				return "redirect:/coop/comptabilite/operations/" + entryId;
			}
			problems.addAll(result.problems());
		}
		else {
			Forms.addUnlessFieldTaken(problems, this.ledger.check(year, draft));
		}
		Forms.reject(errors, problems);
		form.fillRows();
		return showForm(year, form, entry, model);
	}

	/**
	 * The means offered are those of {@link #allMeans()}; the version is the hidden one
	 * the page was shown with.
	 */
	private static void refuseHiddenOrChoiceNotOffered(EntryForm form, BindingResult errors) {
		if (errors.hasFieldErrors("version")) {
			throw new NotOffered("version");
		}
		if (!form.isKeyOffered()) {
			throw new NotOffered("key");
		}
		if (errors.hasFieldErrors("means")
				|| (form.getMeans() != null && !PaymentMeans.OF_CASH_BOOK.contains(form.getMeans()))) {
			throw new NotOffered("means");
		}
	}

	private String showForm(FiscalYear year, EntryForm form, EntryView editing, Model model) {
		Operation operation = form.getOperation();
		List<Account> accounts = (operation.splitKind() == null) ? List.of()
				: this.ledger.activeAccounts(year, operation.splitKind());
		model.addAttribute("form", form);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("accounts", accounts);
		model.addAttribute("editing", editing);
		model.addAttribute("projects", this.projects.projects(year));
		if (operation == Operation.EXPENSE) {
			model.addAttribute("suggestedCheque", this.cheques.suggestedCheque(year.cooperativeId()).orElse(null));
		}
		return "ledger/entry-form";
	}

	/**
	 * A cheque number already written is not refused (a cheque may be cancelled and its
	 * entry typed again) but must be confirmed.
	 */
	private void warnReusedCheque(FiscalYear year, EntryDraft draft, EntryForm form, Long entryId,
			List<Problem> problems) {
		if (draft.means() == PaymentMeans.CHEQUE && draft.operation() == Operation.EXPENSE && !form.isConfirmReuse()
				&& this.cheques.chequeAlreadyWritten(year.cooperativeId(), draft.chequeNumber(), entryId)) {
			problems.add(Problem.of("chequeNumber", "ledger.chequeNumber.reused", draft.chequeNumber()));
			form.setReuseWarned(true);
		}
	}

	private EntryView entry(FiscalYear year, long entryId) {
		return this.ledger.entry(year, entryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The signed-in cooperative's current year; pages need it opened first. */
	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
