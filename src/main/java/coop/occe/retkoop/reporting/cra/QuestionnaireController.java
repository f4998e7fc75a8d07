package coop.occe.retkoop.reporting.cra;

import java.util.Optional;

import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The AD's CRA questionnaire of a school year: its questions in order, add, change,
 * remove, move up or down. The URL's association is checked by the platform's
 * interceptor.
 */
@Controller
@RequestMapping("/ad/{associationId}/cra")
class QuestionnaireController {

	private final ActivityReports reports;

	private final Ledger ledger;

	QuestionnaireController(ActivityReports reports, Ledger ledger) {
		this.reports = reports;
		this.ledger = ledger;
	}

	@GetMapping
	String current(@PathVariable long associationId) {
		return "redirect:" + path(associationId, this.ledger.currentYear());
	}

	@GetMapping("/{annee}")
	String questionnaire(@PathVariable long associationId, @PathVariable String annee, Model model) {
		model.addAttribute("form", new QuestionForm());
		return show(associationId, year(annee), model);
	}

	@PostMapping("/{annee}/questions")
	String add(@PathVariable long associationId, @PathVariable String annee, @ModelAttribute("form") QuestionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		Result<Void> result = this.reports.addQuestion(associationId, year, draft(form));
		if (!result.isDone()) {
			Forms.reject(errors, result.problems());
			return show(associationId, year, model);
		}
		redirect.addFlashAttribute("notice", "cra.question.added");
		return "redirect:" + path(associationId, year);
	}

	@GetMapping("/{annee}/questions/{questionId}")
	String edit(@PathVariable long associationId, @PathVariable String annee, @PathVariable long questionId,
			Model model) {
		SchoolYear year = year(annee);
		Question question = this.reports.question(associationId, year, questionId)
			.orElseThrow(QuestionnaireController::notFound);
		model.addAttribute("form", QuestionForm.of(question));
		return showEdit(associationId, year, questionId, model);
	}

	@PostMapping("/{annee}/questions/{questionId}")
	String update(@PathVariable long associationId, @PathVariable String annee, @PathVariable long questionId,
			@ModelAttribute("form") QuestionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		Result<Void> result = this.reports.updateQuestion(associationId, year, questionId, draft(form))
			.orElseThrow(QuestionnaireController::notFound);
		if (!result.isDone()) {
			Forms.reject(errors, result.problems());
			return showEdit(associationId, year, questionId, model);
		}
		redirect.addFlashAttribute("notice", "cra.question.saved");
		return "redirect:" + path(associationId, year);
	}

	@PostMapping("/{annee}/questions/{questionId}/supprimer")
	String remove(@PathVariable long associationId, @PathVariable String annee, @PathVariable long questionId,
			RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		if (!this.reports.removeQuestion(associationId, year, questionId)) {
			throw notFound();
		}
		redirect.addFlashAttribute("notice", "cra.question.removed");
		return "redirect:" + path(associationId, year);
	}

	@PostMapping("/{annee}/questions/{questionId}/monter")
	String up(@PathVariable long associationId, @PathVariable String annee, @PathVariable long questionId) {
		return move(associationId, year(annee), questionId, true);
	}

	@PostMapping("/{annee}/questions/{questionId}/descendre")
	String down(@PathVariable long associationId, @PathVariable String annee, @PathVariable long questionId) {
		return move(associationId, year(annee), questionId, false);
	}

	private String move(long associationId, SchoolYear year, long questionId, boolean up) {
		if (!this.reports.move(associationId, year, questionId, up)) {
			throw notFound();
		}
		return "redirect:" + path(associationId, year) + "#question-" + questionId;
	}

	private String show(long associationId, SchoolYear year, Model model) {
		model.addAttribute("associationId", associationId);
		model.addAttribute("year", year);
		model.addAttribute("yearName", YearEndYears.name(year));
		model.addAttribute("questions", this.reports.questionnaire(associationId, year));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("maxChoices", ActivityReports.MAX_CHOICES);
		model.addAttribute("previousYear", YearEndYears.name(year.previous()));
		model.addAttribute("nextYear", offered(year.next()) ? YearEndYears.name(year.next()) : null);
		return "reporting/cra-questionnaire";
	}

	private String showEdit(long associationId, SchoolYear year, long questionId, Model model) {
		model.addAttribute("associationId", associationId);
		model.addAttribute("year", year);
		model.addAttribute("yearName", YearEndYears.name(year));
		model.addAttribute("questionId", questionId);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("maxChoices", ActivityReports.MAX_CHOICES);
		return "reporting/cra-question";
	}

	/** The kind chosen among those the page offers. */
	private static QuestionDraft draft(QuestionForm form) {
		QuestionKind kind = QuestionKind.named(form.getKind());
		if (kind == null) {
			throw new NotOffered("kind");
		}
		return new QuestionDraft(form.getLabel(), kind, form.getChoices(), form.isRequired());
	}

	/** The year named in the URL: up to next year, for the AD to prepare it. */
	private SchoolYear year(String name) {
		Optional<SchoolYear> year = YearEndYears.parse(name);
		if (year.isEmpty() || !offered(year.get())) {
			throw notFound();
		}
		return year.get();
	}

	private boolean offered(SchoolYear year) {
		return year.compareTo(this.ledger.currentYear().next()) <= 0;
	}

	private static String path(long associationId, SchoolYear year) {
		return "/ad/" + associationId + "/cra/" + YearEndYears.name(year);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
