package coop.occe.retkoop.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * The operations of the cash book in plain words. Receipts and expenses are split over
 * product or charge accounts; internal movements (cash to or from the bank, régie paid
 * out) are not. The return of a régie splits the teacher's expenses and brings the
 * remainder back.
 */
public enum Operation {

	/** Money paid out of the bank or the cash box, split over charge accounts. */
	EXPENSE(AccountKind.CHARGE, true),
	/** Money received into the bank or the cash box, split over product accounts. */
	RECEIPT(AccountKind.PRODUCT, true),
	/** Cash taken from the cash box to the bank. */
	CASH_DEPOSIT(null, false),
	/** Cash withdrawn from the bank into the cash box. */
	CASH_WITHDRAWAL(null, false),
	/** A régie d'avance paid to a teacher (467), in cash or by cheque. */
	ADVANCE_PAYMENT(null, true),
	/**
	 * A régie d'avance returned: the teacher's expenses over charge accounts, the
	 * remainder back into the cash box or the bank.
	 */
	ADVANCE_RETURN(AccountKind.CHARGE, true),
	/**
	 * An expense a teacher paid with a régie, accepted from the class cash book: a charge
	 * against the régie (467), neither the bank nor the cash box moves.
	 */
	ADVANCE_EXPENSE(AccountKind.CHARGE, false);

	private final AccountKind splitKind;

	private final boolean needsMeans;

	Operation(AccountKind splitKind, boolean needsMeans) {
		this.splitKind = splitKind;
		this.needsMeans = needsMeans;
	}

	/** True when the amount is not split over charge or product accounts. */
	public boolean isInternal() {
		return this.splitKind == null;
	}

	/** The account kind the amount is split over; none for internal movements. */
	public AccountKind splitKind() {
		return this.splitKind;
	}

	/** Whether the form asks how the money was paid. */
	public boolean needsMeans() {
		return this.needsMeans;
	}

	/** Whether the parts must add up to the amount exactly. */
	public boolean splitMustAddUp() {
		return this == EXPENSE || this == RECEIPT || this == ADVANCE_EXPENSE;
	}

	/** Typed in the cash book's own form (régies have their page). */
	public boolean isPlain() {
		return this != ADVANCE_PAYMENT && this != ADVANCE_RETURN && this != ADVANCE_EXPENSE;
	}

	/** The plain operation of that name, as a form's link names it; empty otherwise. */
	public static Optional<Operation> plainNamed(String name) {
		return Arrays.stream(values()).filter((o) -> o.isPlain() && o.name().equals(name)).findFirst();
	}

}
