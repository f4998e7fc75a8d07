package coop.occe.retkoop.ledger.seal;

import java.time.OffsetDateTime;

import coop.occe.retkoop.shared.SchoolYear;

/**
 * One seal of a cooperative's year: its number (1, then 2 after a reopening), when it was
 * written, how many entries it covers, whether it is the year's latest and the year is
 * closed now (then it can be checked).
 */
public record SealSummary(SchoolYear year, int number, OffsetDateTime sealedAt, int entryCount, boolean latest,
		boolean yearClosed) {

	public boolean checkable() {
		return this.latest && this.yearClosed;
	}

}
