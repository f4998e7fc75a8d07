package coop.occe.retkoop.ledger;

/**
 * How money came in or went out. Cash goes through the cash box, everything else through
 * the bank.
 */
public enum PaymentMeans {

	CHEQUE, CASH, TRANSFER, CARD, DIRECT_DEBIT;

	public boolean throughCashBox() {
		return this == CASH;
	}

}
