package coop.occe.retkoop.reporting.sending;

import coop.occe.retkoop.reporting.cra.ActivityAnswer;
import coop.occe.retkoop.reporting.quitus.DischargeRecord;

import java.time.OffsetDateTime;
import java.util.List;

import coop.occe.retkoop.reporting.CheckOutcome;
import coop.occe.retkoop.reporting.FinancialReport;

/**
 * One version of a cooperative's CRF as it was sent: the report and the checks frozen at
 * that moment with the CRA's answers and the quitus, read back from their snapshot, never
 * rebuilt from today's books.
 */
public record CrfVersion(int number, OffsetDateTime sentAt, String sentBy, FinancialReport report,
		List<CheckOutcome> checks, List<ActivityAnswer> activity, DischargeRecord discharge) {

	public CrfVersion {
		checks = List.copyOf(checks);
		activity = List.copyOf(activity);
	}

	/** The checks that only warned, or failed, when it was sent. */
	public List<CheckOutcome> warnings() {
		return this.checks.stream().filter((check) -> !check.passed()).toList();
	}

}
