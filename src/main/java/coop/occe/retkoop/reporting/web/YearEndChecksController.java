package coop.occe.retkoop.reporting.web;

import java.time.format.DateTimeFormatter;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.reporting.Deadlines;
import coop.occe.retkoop.reporting.YearEndChecks;
import coop.occe.retkoop.reporting.internal.YearEndYears;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The mandataire's "Vérifications" page of a year end: every check passed, to do
 * (blocking) or to look at (warning), what remains with the page that fixes it, the
 * deadline and the days left.
 */
@Controller
class YearEndChecksController {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Ledger ledger;

	private final YearEndChecks checks;

	private final Deadlines deadlines;

	YearEndChecksController(Ledger ledger, YearEndChecks checks, Deadlines deadlines) {
		this.ledger = ledger;
		this.checks = checks;
		this.deadlines = deadlines;
	}

	@GetMapping("/coop/fin-d-annee/{annee}/verifications")
	String checks(@PathVariable String annee, Model model) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("yearName", YearEndYears.name(year.schoolYear()));
		YearEndProgress progress = YearEndProgress.of(this.checks.run(year),
				this.deadlines.of(year.associationId(), year.schoolYear()), this.ledger.today());
		model.addAttribute("progress", progress);
		model.addAttribute("deadline", SHOWN.format(progress.deadline()));
		return "reporting/checks";
	}

}
