package coop.occe.retkoop.ledger;

/**
 * The operations of the cash book in plain words. Receipts and expenses are split over
 * product or charge accounts; internal movements are not.
 */
public enum Operation {

	/** Money paid out of the bank or the cash box, split over charge accounts. */
	EXPENSE(false),
	/** Money received into the bank or the cash box, split over product accounts. */
	RECEIPT(false),
	/** Cash taken from the cash box to the bank. */
	CASH_DEPOSIT(true),
	/** Cash withdrawn from the bank into the cash box. */
	CASH_WITHDRAWAL(true);

	private final boolean internal;

	Operation(boolean internal) {
		this.internal = internal;
	}

	public boolean isInternal() {
		return this.internal;
	}

	/** The account kind the amount is split over; none for internal movements. */
	public AccountKind splitKind() {
		return switch (this) {
			case EXPENSE -> AccountKind.CHARGE;
			case RECEIPT -> AccountKind.PRODUCT;
			default -> null;
		};
	}

}
