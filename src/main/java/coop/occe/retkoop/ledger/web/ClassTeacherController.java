package coop.occe.retkoop.ledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.ClassBook;
import coop.occe.retkoop.ledger.ClassBooks;
import coop.occe.retkoop.ledger.ClassLine;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Problem;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;

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

	@ModelAttribute("allMeans")
	PaymentMeans[] allMeans() {
		return new PaymentMeans[] { PaymentMeans.CASH, PaymentMeans.CHEQUE, PaymentMeans.TRANSFER, PaymentMeans.CARD };
	}

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
		return show(book, year(book), form, model);
	}

	@PostMapping("/classe")
	String add(@ModelAttribute("form") ClassLineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ClassBook book = book();
		Optional<FiscalYear> year = year(book);
		if (year.isEmpty()) {
			return show(book, year, form, model);
		}
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		if (problems.isEmpty()) {
			problems.addAll(this.classBooks.record(year.get(), book, draft));
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("notice", "ledger.classLine.recorded");
				return "redirect:/classe";
			}
		}
		CashBookController.rejectAll(errors, problems.stream().map(ClassLineForm::onThisForm).toList());
		return show(book, year, form, model);
	}

	private String show(ClassBook book, Optional<FiscalYear> year, ClassLineForm form, Model model) {
		model.addAttribute("book", book);
		model.addAttribute("form", form);
		model.addAttribute("yearOpened", year.isPresent());
		if (year.isPresent()) {
			List<ClassLine> lines = this.classBooks.lines(year.get(), book);
			model.addAttribute("rows", Row.of(lines));
			model.addAttribute("accounts", this.ledger.chart(year.get().associationId(), year.get().schoolYear())
				.stream()
				.filter((a) -> a.active() && (a.kind() == AccountKind.CHARGE || a.kind() == AccountKind.PRODUCT))
				.toList());
		}
		else {
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

	/** A line with the class's balance after it (refused lines leave it unchanged). */
	public record Row(ClassLine line, Money balance) {

		static List<Row> of(List<ClassLine> lines) {
			List<Row> rows = new ArrayList<>();
			Money balance = Money.ZERO;
			for (ClassLine line : lines) {
				if (line.state() != ClassLine.State.REFUSED) {
					balance = balance.plus(line.signedAmount());
				}
				rows.add(new Row(line, balance));
			}
			return rows;
		}

	}

}
