package coop.occe.retkoop.ledger.web;

/**
 * A ledger page was asked for before the cooperative opened its books for the year.
 */
public class YearNotOpenedException extends RuntimeException {

	YearNotOpenedException() {
		super("The books of the current year are not opened yet");
	}

}
