package coop.occe.retkoop.reporting.sending;

import java.time.OffsetDateTime;
import java.util.List;

import coop.occe.retkoop.reporting.CheckOutcome;
import coop.occe.retkoop.reporting.FinancialReport;

/**
 * One version of a cooperative's CRF as it was sent: the report and the checks frozen at
 * that moment, read back from their snapshot, never rebuilt from today's books.
 */
public record CrfVersion(int number, OffsetDateTime sentAt, String sentBy, FinancialReport report,
		List<CheckOutcome> checks) {

	public CrfVersion {
		checks = List.copyOf(checks);
	}

	/** The checks that only warned, or failed, when it was sent. */
	public List<CheckOutcome> warnings() {
		return this.checks.stream().filter((check) -> !check.passed()).toList();
	}

}
