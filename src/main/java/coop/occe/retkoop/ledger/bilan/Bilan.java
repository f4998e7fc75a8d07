package coop.occe.retkoop.ledger.bilan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.Position;
import coop.occe.retkoop.ledger.advances.Advance;
import coop.occe.retkoop.ledger.cashcount.CashCount;
import coop.occe.retkoop.ledger.pointing.Reconciliation;
import coop.occe.retkoop.ledger.projects.Subsidy;
import coop.occe.retkoop.shared.Money;

/**
 * The cooperative's bilan at a date of its year (final on 31 August): the operating
 * accounts and their résultat, what it held on 1 September and at the date against the
 * report à nouveau and the résultat, the subsidies received, the last arrêté de caisse,
 * the inventory, and what still needs attention before the year end.
 *
 * @param position the operating accounts and the holdings at the date
 * @param subsidies the subsidies received up to the date (empty in the figures for the
 * reports)
 * @param totalSubsidies what the subsidies received up to the date add up to
 * @param lastCashCount the last arrêté de caisse on or before the date
 * @param inventoryValue the insured value of the durable goods at the date
 * @param durablePurchasesNotListed 68… purchases not yet in the inventory
 * @param openAdvances régies still open
 * @param pendingClassLines class cash book lines waiting for the mandataire
 * @param reconciliation the bank reconciliation with the last statement on or before the
 * date, if one was typed
 */
public record Bilan(LocalDate date, boolean isFinal, Position position, List<Subsidy> subsidies, Money totalSubsidies,
		Optional<CashCount> lastCashCount, Money inventoryValue, int durablePurchasesNotListed,
		List<Advance> openAdvances, int pendingClassLines, Optional<Reconciliation> reconciliation) {

	public Bilan {
		subsidies = List.copyOf(subsidies);
		openAdvances = List.copyOf(openAdvances);
	}

	/** Report à nouveau plus résultat: what the holdings must equal. */
	public Money carriedPlusResult() {
		return this.position.openingHoldings().plus(this.position.result());
	}

	/**
	 * What the holdings differ from the report à nouveau plus the résultat; zero when the
	 * bilan is balanced ("l'équilibre du bilan").
	 */
	public Money imbalance() {
		return this.position.holdings().minus(carriedPlusResult());
	}

	public boolean isBalanced() {
		return imbalance().isZero();
	}

	/** Whether anything must still be done before the year can be closed. */
	public boolean hasWarnings() {
		return !this.openAdvances.isEmpty() || this.pendingClassLines > 0 || this.durablePurchasesNotListed > 0;
	}

	/**
	 * The bank reconciliation in figures only, for the reports of other modules; empty
	 * when no statement was typed.
	 */
	public Optional<BankFigures> bankFigures() {
		return this.reconciliation.map((r) -> new BankFigures(r.statement().date(), r.statement().closingBalance(),
				r.booksBalance(), r.unpointedTotal(), r.difference()));
	}

	/**
	 * The last arrêté de caisse in figures only; empty when the cash was never counted.
	 */
	public Optional<CashCountFigures> cashCountFigures() {
		return this.lastCashCount
			.map((c) -> new CashCountFigures(c.date(), c.total(), c.bookBalance(), c.difference()));
	}

	/**
	 * The reconciliation with a statement: its balance, the books' bank balance at its
	 * date, what is not yet on a statement and the difference (zero when reconciled).
	 */
	public record BankFigures(LocalDate statementDate, Money statementBalance, Money booksBalance, Money unpointedTotal,
			Money difference) {

	}

	/**
	 * An arrêté de caisse: counted, in the books, and the difference (zero is "Bravo !").
	 */
	public record CashCountFigures(LocalDate date, Money counted, Money books, Money difference) {

	}

}
