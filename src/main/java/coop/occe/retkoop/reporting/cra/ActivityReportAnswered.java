package coop.occe.retkoop.reporting.cra;

import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * Year-end check: the CRA is answered ("Terminer" done, no required question left without
 * an answer).
 */
@Component
class ActivityReportAnswered implements YearEndCheck {

	/**
	 * The CRA page of the year: the checks page replaces {@code {annee}} with the year's
	 * name ({@code 2025-2026}).
	 */
	static final String PATH = "/coop/fin-d-annee/{annee}/cra";

	private final ActivityReports reports;

	ActivityReportAnswered(ActivityReports reports) {
		this.reports = reports;
	}

	@Override
	public String name() {
		return "activityReportAnswered";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String fixPath() {
		return PATH;
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		return this.reports.remaining(year);
	}

}
