package coop.occe.retkoop.ledger.classbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.IdempotencyKeys;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Cahier de compta. classe" as the class teacher keeps it: the class's own lines with
 * their running balance, and a form to add one.
 */
@Controller
class ClassTeacherController {

	private final Ledger ledger;

	private final ClassBooks classBooks;

	ClassTeacherController(Ledger ledger, ClassBooks classBooks) {
		this.ledger = ledger;
		this.classBooks = classBooks;
	}

	private static final List<PaymentMeans> MEANS = List.of(PaymentMeans.CASH, PaymentMeans.CHEQUE,
			PaymentMeans.TRANSFER, PaymentMeans.CARD);

	@ModelAttribute("operations")
	Operation[] operations() {
		return new Operation[] { Operation.EXPENSE, Operation.RECEIPT };
	}

	@GetMapping("/classe")
	String show(Model model) {
		ClassBook book = book();
		ClassLineForm form = new ClassLineForm();
		form.setDate(Dates.format(this.ledger.today()));
		form.setKey(UUID.randomUUID().toString());
		Optional<FiscalYear> year = year(book);
		if (year.isPresent() && this.classBooks.advance(year.get(), book).isPresent()) {
			form.setMeans(PaymentMeans.ADVANCE);
		}
		return show(book, year, form, model);
	}

	@PostMapping("/classe")
	String add(@ModelAttribute("form") ClassLineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ClassBook book = book();
		Optional<FiscalYear> year = year(book);
		if (year.isEmpty()) {
			return show(book, year, form, model);
		}
		refuseNotOffered(form, errors, year.get());
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		if (problems.isEmpty()) {
			problems.addAll(this.classBooks.record(year.get(), book, draft));
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("notice", "ledger.classLine.recorded");
				return "redirect:/classe";
			}
		}
		Forms.reject(errors, problems.stream().map(ClassLineForm::onThisForm).toList());
		return show(book, year, form, model);
	}

	/**
	 * The page offers two operations, its means (the régie among them, which the service
	 * refuses with a message when the class has none), the chart's charges and products
	 * and a key of the shape it writes: anything else is a forged request.
	 */
	private void refuseNotOffered(ClassLineForm form, BindingResult errors, FiscalYear year) {
		if (errors.hasFieldErrors("operation") || form.getOperation() == null
				|| !List.of(operations()).contains(form.getOperation())) {
			throw new NotOffered("operation");
		}
		if (errors.hasFieldErrors("means") || form.getMeans() == null
				|| (form.getMeans() != PaymentMeans.ADVANCE && !MEANS.contains(form.getMeans()))) {
			throw new NotOffered("means");
		}
		if (!IdempotencyKeys.checkSent(form.getKey()).isEmpty()) {
			throw new NotOffered("key");
		}
		String account = form.getAccount().strip();
		if (!account.isEmpty() && accounts(year).stream().noneMatch((a) -> a.code().equals(account))) {
			throw new NotOffered("account");
		}
	}

	private List<Account> accounts(FiscalYear year) {
		return this.ledger.chart(year.associationId(), year.schoolYear())
			.stream()
			.filter((a) -> a.active() && (a.kind() == AccountKind.CHARGE || a.kind() == AccountKind.PRODUCT))
			.toList();
	}

	private String show(ClassBook book, Optional<FiscalYear> year, ClassLineForm form, Model model) {
		model.addAttribute("book", book);
		model.addAttribute("form", form);
		model.addAttribute("yearOpened", year.isPresent());
		if (year.isPresent()) {
			Optional<ClassBooks.AdvanceUse> use = this.classBooks.advanceUse(year.get(), book);
			model.addAttribute("advanceUse", use.orElse(null));
			List<PaymentMeans> means = new ArrayList<>();
			use.ifPresent((u) -> means.add(PaymentMeans.ADVANCE));
			means.addAll(MEANS);
			model.addAttribute("allMeans", means);
			model.addAttribute("rows", this.classBooks.rows(year.get(), book));
			model.addAttribute("accounts", accounts(year.get()));
		}
		else {
			model.addAttribute("advanceUse", null);
			model.addAttribute("allMeans", MEANS);
			model.addAttribute("rows", List.of());
			model.addAttribute("accounts", List.<Account>of());
		}
		return "ledger/class-teacher";
	}

	private ClassBook book() {
		Actor actor = CurrentActor.get();
		return this.classBooks.bookOfTeacher(actor.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Optional<FiscalYear> year(ClassBook book) {
		return this.ledger.fiscalYear(book.cooperativeId(), this.ledger.currentYear());
	}

}
