package coop.occe.retkoop.ledger;

/**
 * How voucher numbers are written: one sequence (1, 2, 3…) or a series for receipts and
 * one for expenses (R01, D01…), chosen by the mandataire when the year is opened.
 */
public enum VoucherStyle {

	SINGLE, SERIES;

	/** The number as written on the paper voucher. */
	public String format(Operation operation, int number) {
		if (this == SINGLE) {
			return Integer.toString(number);
		}
		return ((operation == Operation.RECEIPT) ? "R" : "D") + String.format("%02d", number);
	}

}
