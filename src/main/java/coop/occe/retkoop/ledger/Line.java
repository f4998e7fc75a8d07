package coop.occe.retkoop.ledger;

import coop.occe.retkoop.shared.Money;

/**
 * One line of a double entry: a debit when the amount is positive, a credit when it is
 * negative.
 */
public record Line(String accountCode, Money amount) {

	public boolean isDebit() {
		return this.amount.isPositive();
	}

	public Money debit() {
		return this.amount.isPositive() ? this.amount : Money.ZERO;
	}

	public Money credit() {
		return this.amount.isNegative() ? this.amount.negate() : Money.ZERO;
	}

}
