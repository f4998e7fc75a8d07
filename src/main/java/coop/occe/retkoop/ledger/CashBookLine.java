package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.shared.Money;

/**
 * One line of the cash book as the teacher reads it: in or out of the bank or the cash
 * box, its split, and the balances after it.
 */
public record CashBookLine(long entryId, String voucher, LocalDate date, String label, Operation operation,
		PaymentMeans means, String chequeNumber, Money bankDelta, Money cashDelta, List<Split> splits,
		boolean cancelled, Money bankBalance, Money cashBalance) {

	/** "6068 : 50,00 ; 6251 : 30,00". */
	public String splitText() {
		return String.join(" ; ",
				this.splits.stream()
					.map((split) -> split.accountCode() + " : " + split.amount().formatNumber())
					.toList());
	}

	public Money bankIn() {
		return this.bankDelta.isPositive() ? this.bankDelta : null;
	}

	public Money bankOut() {
		return this.bankDelta.isNegative() ? this.bankDelta.negate() : null;
	}

	public Money cashIn() {
		return this.cashDelta.isPositive() ? this.cashDelta : null;
	}

	public Money cashOut() {
		return this.cashDelta.isNegative() ? this.cashDelta.negate() : null;
	}

}
