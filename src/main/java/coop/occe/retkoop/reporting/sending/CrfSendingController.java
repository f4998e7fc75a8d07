package coop.occe.retkoop.reporting.sending;

import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.reporting.CheckOutcome;
import coop.occe.retkoop.reporting.Deadlines;
import coop.occe.retkoop.reporting.FinancialReports;
import coop.occe.retkoop.reporting.YearEndChecks;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.CurrentActor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's year end: the year's page (state, versions, the AD's comment, the
 * unlock request), sending with its confirmation step, and each version read-only.
 */
@Controller
class CrfSendingController {

	private final Ledger ledger;

	private final CrfSendings sendings;

	private final FinancialReports reports;

	private final Deadlines deadlines;

	CrfSendingController(Ledger ledger, CrfSendings sendings, FinancialReports reports, Deadlines deadlines) {
		this.ledger = ledger;
		this.sendings = sendings;
		this.reports = reports;
		this.deadlines = deadlines;
	}

	/**
	 * The year to close: the previous one while its books exist and its CRF is not
	 * validated, else the current one.
	 */
	@GetMapping("/coop/fin-d-annee")
	String landing() {
		long cooperativeId = CurrentActor.get().cooperativeId();
		SchoolYear current = this.ledger.currentYear();
		var previous = this.ledger.fiscalYear(cooperativeId, current.previous());
		if (previous.isPresent() && this.sendings.of(previous.get()).state() != CrfState.VALIDATED) {
			return "redirect:" + YearEndYears.path(current.previous());
		}
		if (this.ledger.fiscalYear(cooperativeId, current).isEmpty()) {
			return "redirect:/coop/comptabilite";
		}
		return "redirect:" + YearEndYears.path(current);
	}

	@GetMapping("/coop/fin-d-annee/{annee}")
	String year(@PathVariable String annee, Model model) {
		return yearPage(YearEndYears.of(this.ledger, annee), new ReasonForm(), model);
	}

	@GetMapping("/coop/fin-d-annee/{annee}/envoi")
	String confirm(@PathVariable String annee, Model model) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		Crf crf = this.sendings.of(year);
		if (!crf.state().sendable()) {
			return "redirect:" + YearEndYears.path(year.schoolYear());
		}
		return confirmPage(year, crf, this.sendings.checks(year), List.of(), model);
	}

	@PostMapping("/coop/fin-d-annee/{annee}/envoi")
	String send(@PathVariable String annee, @RequestParam(name = "version", defaultValue = "") String typed,
			Model model, RedirectAttributes redirect) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		Crf crf = this.sendings.of(year);
		int version = offeredVersion(typed, crf);
		Result<Crf> sent = this.sendings.send(year, version, CurrentActor.get().login());
		if (sent.isDone()) {
			redirect.addFlashAttribute("sent", sent.orElseThrow().versions());
			return "redirect:" + YearEndYears.path(year.schoolYear());
		}
		if (sent.problems().stream().anyMatch((problem) -> "crf.error.alreadySent".equals(problem.code()))) {
			redirect.addFlashAttribute("refusal", sent.problems().get(0));
			return "redirect:" + YearEndYears.path(year.schoolYear());
		}
		return confirmPage(year, this.sendings.of(year), this.sendings.checks(year), sent.problems(), model);
	}

	@PostMapping("/coop/fin-d-annee/{annee}/deblocage")
	String requestUnlock(@PathVariable String annee, @ModelAttribute("unlockForm") ReasonForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		Result<Crf> asked = this.sendings.requestUnlock(year, form.getReason());
		if (!asked.isDone()) {
			Forms.reject(errors, asked.problems());
			return yearPage(year, form, model);
		}
		redirect.addFlashAttribute("unlockAsked", true);
		return "redirect:" + YearEndYears.path(year.schoolYear());
	}

	@GetMapping("/coop/fin-d-annee/{annee}/versions/{number}")
	String version(@PathVariable String annee, @PathVariable String number, Model model) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		Crf crf = this.sendings.of(year);
		CrfVersion version = parseNumber(number).flatMap((n) -> this.sendings.version(crf, n))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("yearName", annee);
		model.addAttribute("crf", crf);
		model.addAttribute("version", version);
		model.addAttribute("backPath", YearEndYears.path(year.schoolYear()));
		return "reporting/version";
	}

	private String yearPage(FiscalYear year, ReasonForm form, Model model) {
		Crf crf = this.sendings.of(year);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("yearName", YearEndYears.name(year.schoolYear()));
		model.addAttribute("yearPath", YearEndYears.path(year.schoolYear()));
		model.addAttribute("crf", crf);
		model.addAttribute("versions", this.sendings.versions(crf));
		model.addAttribute("deadline", this.deadlines.of(year.associationId(), year.schoolYear()));
		if (!model.containsAttribute("unlockForm")) {
			model.addAttribute("unlockForm", form);
		}
		return "reporting/year";
	}

	private String confirmPage(FiscalYear year, Crf crf, List<CheckOutcome> outcomes,
			List<coop.occe.retkoop.shared.Problem> problems, Model model) {
		model.addAttribute("fiscalYear", year);
		model.addAttribute("yearPath", YearEndYears.path(year.schoolYear()));
		model.addAttribute("crf", crf);
		model.addAttribute("checks", outcomes);
		model.addAttribute("blocked", !YearEndChecks.allowSending(outcomes));
		model.addAttribute("report", this.reports.of(year));
		model.addAttribute("problems", problems);
		return "reporting/send";
	}

	/**
	 * The version the confirmation page offered: its own number or an earlier one (a
	 * second click, a stale tab); anything else was never offered.
	 */
	private static int offeredVersion(String typed, Crf crf) {
		return parseNumber(typed).filter((n) -> n >= 1 && n <= crf.nextVersion())
			.orElseThrow(() -> new NotOffered("version"));
	}

	static java.util.Optional<Integer> parseNumber(String typed) {
		if (typed == null || !typed.matches("\\d{1,6}")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Integer.parseInt(typed));
	}

}
