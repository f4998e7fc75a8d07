package coop.occe.retkoop.ledger;

import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * Something a feature carries from a year into the next when the next year is opened (the
 * régies still open, the class lines not reviewed yet). The core prepares every step
 * before the year is written, then has each one carry what it prepared in the year's
 * opening transaction, in their order.
 */
public interface YearOpeningStep {

	/** What the step will carry into {@code year}, read from the previous year if any. */
	Carry prepare(Optional<FiscalYear> previous, SchoolYear year);

	/**
	 * The previous year changed after {@code yearId} was opened, its books still open:
	 * carries what is new (a régie paid late), inside the transaction of the change. Does
	 * nothing by default.
	 */
	default void previousChanged(FiscalYear previous, long yearId, SchoolYear year) {
	}

	/** What a step prepared to carry. */
	interface Carry {

		/** The régies' money that goes on into the new year, counted in its opening. */
		default Money openingAdvances() {
			return Money.ZERO;
		}

		/**
		 * Carries it into the newly opened year, inside the opening transaction; returns
		 * what the audit trail should say of it (empty when nothing was carried).
		 */
		Map<String, String> carryInto(long newYearId);

	}

}
