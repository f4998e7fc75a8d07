package coop.occe.retkoop.ledger.classbooks;

import java.time.LocalDate;

import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.shared.Money;

/**
 * A line of a class cash book: a receipt or an expense of the class, on one account. It
 * is not an entry of the cooperative's books until the mandataire accepts it. An expense
 * paid with the class's régie names it ({@code advanceId}).
 */
public record ClassLine(long id, long classBookId, Operation operation, LocalDate date, String label,
		PaymentMeans means, String chequeNumber, Money amount, String accountCode, State state, Long entryId,
		String voucher, String refusalReason, Long advanceId) {

	/** Money in counts positive, money out negative. */
	public Money signedAmount() {
		return (this.operation == Operation.RECEIPT) ? this.amount : this.amount.negate();
	}

	public boolean isPending() {
		return this.state == State.PENDING;
	}

	/** Where a line stands in the mandataire's review. */
	public enum State {

		PENDING, ACCEPTED, REFUSED

	}

}
