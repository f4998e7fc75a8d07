package coop.occe.retkoop.ledger;

/**
 * Something a feature does when a year is closed (seal its entries). The core calls every
 * step inside the closing transaction, after the year is marked closed and while its row
 * is locked, so that no entry can be posted meanwhile; a step that fails rolls the
 * closing back.
 */
public interface YearClosingStep {

	/** Takes the step for the year being closed, inside the closing transaction. */
	void yearClosing(FiscalYear year);

}
