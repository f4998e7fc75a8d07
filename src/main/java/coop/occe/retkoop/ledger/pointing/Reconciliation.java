package coop.occe.retkoop.ledger.pointing;

import java.util.List;

import coop.occe.retkoop.shared.Money;

/**
 * The bank reconciliation at a statement's date: the books' bank balance, less what is
 * not yet on a statement (cheques issued and not debited, deposits not credited), must be
 * the statement's balance.
 *
 * @param booksBalance the bank balance of the books at the statement's date
 * @param unpointed the bank entries dated on or before it and on no statement up to it
 */
public record Reconciliation(BankStatement statement, Money booksBalance, List<BankItem> unpointed) {

	public Reconciliation {
		unpointed = List.copyOf(unpointed);
	}

	/**
	 * Money out in the books and not yet on the bank's side (cheques not yet debited).
	 */
	public List<BankItem> outNotYetDebited() {
		return this.unpointed.stream().filter((item) -> item.delta().isNegative()).toList();
	}

	/**
	 * Money in in the books and not yet on the bank's side (deposits not yet credited).
	 */
	public List<BankItem> inNotYetCredited() {
		return this.unpointed.stream().filter((item) -> item.delta().isPositive()).toList();
	}

	public Money unpointedTotal() {
		return this.unpointed.stream().map(BankItem::delta).reduce(Money.ZERO, Money::plus);
	}

	/** What the statement should say: the books' balance less what is not on it yet. */
	public Money expectedStatementBalance() {
		return this.booksBalance.minus(unpointedTotal());
	}

	/** The statement's balance less the expected one; zero when reconciled. */
	public Money difference() {
		return this.statement.closingBalance().minus(expectedStatementBalance());
	}

	public boolean isReconciled() {
		return difference().isZero();
	}

}
