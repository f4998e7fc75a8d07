package coop.occe.retkoop.reporting.web;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.reporting.CheckOutcome;
import coop.occe.retkoop.reporting.Deadlines;

/**
 * Where a cooperative's year end stands: its checks, how many block or warn, and the days
 * left before the AD's deadline (negative when late).
 */
public record YearEndProgress(List<CheckOutcome> outcomes, LocalDate deadline, long daysLeft) {

	static YearEndProgress of(List<CheckOutcome> outcomes, LocalDate deadline, LocalDate today) {
		return new YearEndProgress(outcomes, deadline, Deadlines.daysLeft(today, deadline));
	}

	/** Blocking checks not passed. */
	public long toDo() {
		return this.outcomes.stream().filter(CheckOutcome::blocks).count();
	}

	/** Warning checks not passed. */
	public long warnings() {
		return this.outcomes.stream().filter((outcome) -> !outcome.blocking() && !outcome.passed()).count();
	}

	public long late() {
		return -this.daysLeft;
	}

}
