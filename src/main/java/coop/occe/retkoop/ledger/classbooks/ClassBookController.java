package coop.occe.retkoop.ledger.classbooks;

import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's side of the class cash books: invite a class teacher, review the
 * class's lines, accept them into the cooperative's books or refuse them.
 */
@Controller
class ClassBookController {

	private final Ledger ledger;

	private final ClassBooks classBooks;

	private final MessageSource messages;

	ClassBookController(Ledger ledger, ClassBooks classBooks, MessageSource messages) {
		this.ledger = ledger;
		this.classBooks = classBooks;
		this.messages = messages;
	}

	@GetMapping("/coop/comptabilite/classes")
	String list(@RequestParam(name = "classe", defaultValue = "") String className, Model model) {
		year();
		return showList(className, "", "", List.of(), model);
	}

	@PostMapping("/coop/comptabilite/classes")
	String invite(@RequestParam(defaultValue = "") String className,
			@RequestParam(defaultValue = "") String teacherName, @RequestParam(defaultValue = "") String email,
			Model model, RedirectAttributes redirect) {
		FiscalYear year = year();
		ClassBooks.Invitation invitation = this.classBooks.invite(year, className, teacherName, email);
		if (!invitation.problems().isEmpty()) {
			return showList(className, teacherName, email, invitation.problems(), model);
		}
		redirect.addFlashAttribute("initialPassword", invitation.initialPassword());
		return "redirect:/coop/comptabilite/classes";
	}

	@GetMapping("/coop/comptabilite/classes/{classBookId}")
	String show(@PathVariable long classBookId, Model model) {
		FiscalYear year = year();
		return showBook(year, book(year, classBookId), model);
	}

	@PostMapping("/coop/comptabilite/classes/{classBookId}/lignes/{lineId}/accepter")
	String accept(@PathVariable long classBookId, @PathVariable long lineId, Model model, RedirectAttributes redirect) {
		FiscalYear year = year();
		ClassBook book = book(year, classBookId);
		PostResult result = this.classBooks.accept(year, book, line(book, lineId));
		if (!result.isPosted()) {
			model.addAttribute("problems", result.problems().stream().map(this::text).toList());
			return showBook(year, book, model);
		}
		redirect.addFlashAttribute("voucherNotice", result.alreadyPosted() ? "ledger.replayed" : "ledger.posted");
		redirect.addFlashAttribute("voucher", result.voucher());
		return "redirect:/coop/comptabilite/classes/" + classBookId;
	}

	@PostMapping("/coop/comptabilite/classes/{classBookId}/lignes/{lineId}/refuser")
	String refuse(@PathVariable long classBookId, @PathVariable long lineId,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		FiscalYear year = year();
		ClassBook book = book(year, classBookId);
		List<Problem> problems = this.classBooks.refuse(year, book, line(book, lineId), reason);
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems.stream().map(this::text).toList());
			model.addAttribute("refusing", lineId);
			return showBook(year, book, model);
		}
		redirect.addFlashAttribute("notice", "ledger.classLine.refused");
		return "redirect:/coop/comptabilite/classes/" + classBookId;
	}

	private String showList(String className, String teacherName, String email, List<Problem> problems, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("books", this.classBooks.books(actor.cooperativeId()));
		model.addAttribute("className", className);
		model.addAttribute("teacherName", teacherName);
		model.addAttribute("email", email);
		for (Problem problem : problems) {
			model.addAttribute(problem.field() + "Error", text(problem));
		}
		return "ledger/class-books";
	}

	private String text(Problem problem) {
		return this.messages.getMessage(problem.code(), problem.messageArguments(), LocaleContextHolder.getLocale());
	}

	private String showBook(FiscalYear year, ClassBook book, Model model) {
		model.addAttribute("book", book);
		model.addAttribute("rows", this.classBooks.rows(year, book));
		model.addAttribute("advanceUse", this.classBooks.advanceUse(year, book).orElse(null));
		return "ledger/class-book";
	}

	private ClassBook book(FiscalYear year, long classBookId) {
		return this.classBooks.book(year.cooperativeId(), classBookId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ClassLine line(ClassBook book, long lineId) {
		return this.classBooks.line(book, lineId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
