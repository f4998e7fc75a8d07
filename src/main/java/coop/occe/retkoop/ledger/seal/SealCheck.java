package coop.occe.retkoop.ledger.seal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * What a check of a year's seal found: intact, or the first entry that differs (its
 * voucher number and date as sealed, or as found for an added entry) and the number of
 * entries sealed and found.
 */
public record SealCheck(SchoolYear year, int sealNumber, Outcome outcome, String voucher, LocalDate date,
		int sealedCount, int foundCount) {

	/** What the check found. */
	public enum Outcome {

		/** The books are as sealed. */
		INTACT,
		/** An entry or one of its lines was changed after the seal. */
		CHANGED,
		/** A sealed entry is no longer in the books. */
		REMOVED,
		/** An entry that the seal does not know is in the books. */
		ADDED,
		/** The seal itself was changed (its head no longer ends its chain). */
		SEAL_ALTERED,
		/** The year was never sealed. */
		NOT_SEALED,
		/**
		 * The year was reopened after its seal: the seal is history until the next
		 * closing.
		 */
		REOPENED

	}

	static SealCheck of(SchoolYear year, int sealNumber, Outcome outcome) {
		return new SealCheck(year, sealNumber, outcome, null, null, 0, 0);
	}

	public boolean intact() {
		return this.outcome == Outcome.INTACT;
	}

	/** Whether the books differ from their seal (what the AD must hear of). */
	public boolean broken() {
		return this.outcome == Outcome.CHANGED || this.outcome == Outcome.REMOVED || this.outcome == Outcome.ADDED
				|| this.outcome == Outcome.SEAL_ALTERED;
	}

	/** The message that says it, with {@link #arguments()}. */
	public String messageCode() {
		return "ledger.seal.outcome." + this.outcome.name();
	}

	/**
	 * The year, the seal's number, the voucher, its date (dd/mm/yyyy), the entries sealed
	 * and found: plain strings, so they may travel in a redirect.
	 */
	public List<String> arguments() {
		return new ArrayList<>(List.of(this.year.label(), Integer.toString(this.sealNumber),
				(this.voucher != null) ? this.voucher : "", (this.date != null) ? Dates.format(this.date) : "",
				Integer.toString(this.sealedCount), Integer.toString(this.foundCount)));
	}

}
