package coop.occe.retkoop.ledger;

/**
 * How money came in or went out. Cash goes through the cash box, everything else through
 * the bank, except a teacher's expense paid with a régie ({@link #ADVANCE}), which moves
 * neither.
 */
public enum PaymentMeans {

	CHEQUE, CASH, TRANSFER, CARD, DIRECT_DEBIT,
	/** Paid with the régie d'avance the teacher holds (class cash books only). */
	ADVANCE;

	/** The means of the cash book's own forms (a régie is spent from a class book). */
	public static final java.util.List<PaymentMeans> OF_CASH_BOOK = java.util.List.of(CHEQUE, CASH, TRANSFER, CARD,
			DIRECT_DEBIT);

	public boolean throughCashBox() {
		return this == CASH;
	}

}
