package coop.occe.retkoop.reporting.cra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.platform.Texts;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's CRA of a year of the books: answer, "Enregistrer le brouillon" (kept
 * as typed, complete or not), "Terminer" (every required answer given); read only once
 * sent with the CRF.
 */
@Controller
class ActivityReportController {

	private static final Pattern FIELD = Pattern.compile("q(\\d{1,18})");

	private final ActivityReports reports;

	private final Ledger ledger;

	private final Texts texts;

	ActivityReportController(ActivityReports reports, Ledger ledger, Texts texts) {
		this.reports = reports;
		this.ledger = ledger;
		this.texts = texts;
	}

	@GetMapping("/coop/fin-d-annee/{annee}/cra")
	String page(@PathVariable String annee, Model model) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		ActivityReport report = this.reports.report(year);
		List<AnswerRow> rows = new ArrayList<>();
		for (Question question : report.questions()) {
			String saved = report.answer(question);
			List<String> selected = saved.isEmpty() ? List.of() : List.of(saved.split("\n"));
			rows.add(new AnswerRow(question, saved, selected, null));
		}
		return show(year, report, rows, null, model);
	}

	@PostMapping("/coop/fin-d-annee/{annee}/cra")
	String save(@PathVariable String annee, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "action", defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		if (!"brouillon".equals(action) && !"terminer".equals(action)) {
			throw new NotOffered("action");
		}
		ActivityReport report = this.reports.report(year);
		Map<Long, List<String>> typed = typed(report.questions(), params);
		boolean finishing = "terminer".equals(action);
		Result<Void> result = report.frozen() ? Result.refused(Problem.of(null, "cra.frozen"))
				: finishing ? this.reports.finish(year, typed) : this.reports.saveDraft(year, typed);
		if (result.isDone()) {
			redirect.addFlashAttribute("notice", finishing ? "cra.finished" : "cra.draftSaved");
			return "redirect:" + YearEndYears.path(year.schoolYear()) + "/cra";
		}
		Map<String, Problem> byField = new HashMap<>();
		String general = null;
		for (Problem problem : result.problems()) {
			if (problem.field() == null) {
				general = this.texts.text(problem.code(), problem.messageArguments());
			}
			else {
				byField.putIfAbsent(problem.field(), problem);
			}
		}
		List<AnswerRow> rows = new ArrayList<>();
		for (Question question : report.questions()) {
			List<String> values = typed.getOrDefault(question.id(), List.of());
			Problem problem = byField.get(question.field());
			rows.add(new AnswerRow(question, String.join("\n", values), values,
					(problem != null) ? this.texts.text(problem.code(), problem.messageArguments()) : null));
		}
		if (general == null) {
			general = this.texts.text("cra.refused");
		}
		// A refusal after the year was frozen shows the frozen page, with the reason.
		return show(year, this.reports.report(year), rows, general, model);
	}

	private String show(FiscalYear year, ActivityReport report, List<AnswerRow> rows, String refusal, Model model) {
		model.addAttribute("year", year.schoolYear());
		model.addAttribute("yearPath", YearEndYears.path(year.schoolYear()));
		model.addAttribute("report", report);
		model.addAttribute("rows", rows);
		model.addAttribute("refusal", refusal);
		return "reporting/cra";
	}

	/**
	 * Each question's posted values; a field of no question of the page, or a value its
	 * page does not offer, is a forged form.
	 */
	private static Map<Long, List<String>> typed(List<Question> questions, MultiValueMap<String, String> params) {
		Map<Long, Question> byId = new HashMap<>();
		questions.forEach((question) -> byId.put(question.id(), question));
		Map<Long, List<String>> typed = new HashMap<>();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			if (!param.getKey().startsWith("q")) {
				continue;
			}
			Matcher matcher = FIELD.matcher(param.getKey());
			Question question = matcher.matches() ? byId.get(Long.parseLong(matcher.group(1))) : null;
			if (question == null) {
				throw new NotOffered(param.getKey());
			}
			List<String> values = param.getValue();
			boolean offered = switch (question.kind()) {
				case TEXT, NUMBER -> values.size() <= 1;
				case YES_NO ->
					values.size() <= 1 && values.stream().allMatch((v) -> List.of("", "YES", "NO").contains(v));
				case ONE_CHOICE -> values.size() <= 1
						&& values.stream().allMatch((v) -> v.isEmpty() || question.choices().contains(v));
				case MANY_CHOICES -> values.stream().allMatch((v) -> v.isEmpty() || question.choices().contains(v));
			};
			if (!offered) {
				throw new NotOffered(param.getKey());
			}
			typed.put(question.id(), List.copyOf(values));
		}
		return typed;
	}

}
