package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.shared.Problem;

/**
 * One named check a cooperative's year passes before its accounts (the CRF) are sent to
 * the AD: régies closed, cash counted, bank reconciled, CRA answered, quitus given… Any
 * feature of any module plugs in its own as a bean; the year end runs them all and the AD
 * chooses, per school year, which ones block sending and which only warn.
 */
public interface YearEndCheck {

	/**
	 * The check's stable name, kept in the AD's settings: letters only, e.g.
	 * {@code advancesClosed}. Its title is the message {@code yearend.check.<name>}.
	 */
	String name();

	/** Where the check stands in the list (smaller first). */
	int order();

	/**
	 * The page where the mandataire does what the check asks, e.g. {@code /coop/regies}.
	 */
	String fixPath();

	/**
	 * What remains to do for the year, each a French message key with its arguments;
	 * empty when the check passes.
	 */
	List<Problem> remaining(FiscalYear year);

}
