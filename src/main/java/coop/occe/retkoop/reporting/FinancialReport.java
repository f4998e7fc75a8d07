package coop.occe.retkoop.reporting;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * The compte rendu financier (CRF) of a cooperative's school year, built from its books
 * at a date (final on 31 August): the compte de fonctionnement in the CRF's lines, the
 * bilan simplifié (what it held on 1 September and at the date), the subsidies and the
 * inventory.
 *
 * @param charges the charge lines of the CRF, each with the accounts it gathers
 * @param products the product lines of the CRF, each with the accounts it gathers
 * @param opening what the cooperative held on 1 September
 * @param closing what the cooperative held at the date
 * @param reconciliation the bank reconciliation with the last statement on or before the
 * date, null when no statement was typed
 * @param cashCount the last arrêté de caisse on or before the date, null when none
 */
public record FinancialReport(long fiscalYearId, long cooperativeId, long associationId, SchoolYear schoolYear,
		LocalDate date, List<ReportLine> charges, List<ReportLine> products, Money totalCharges, Money totalProducts,
		Holdings opening, Holdings closing, Money subsidies, Money inventoryValue, BankReconciliation reconciliation,
		CashCount cashCount) {

	public FinancialReport {
		charges = List.copyOf(charges);
		products = List.copyOf(products);
	}

	/** Products minus charges. */
	public Money result() {
		return this.totalProducts.minus(this.totalCharges);
	}

	/** Report à nouveau plus résultat: what the holdings at the date must equal. */
	public Money carriedPlusResult() {
		return this.opening.total().plus(result());
	}

	/**
	 * "L'équilibre du bilan": the holdings equal the report à nouveau plus the résultat.
	 */
	public boolean isBalanced() {
		return this.closing.total().equals(carriedPlusResult());
	}

	/** One line of the compte de fonctionnement and the accounts it gathers. */
	public record ReportLine(String code, String label, Money total, List<AccountAmount> accounts) {

		public ReportLine {
			accounts = List.copyOf(accounts);
		}

	}

	/** The total of one account of the chart within a line. */
	public record AccountAmount(String code, String label, Money total) {

	}

	/** What the cooperative held: bank, cash box and money out in open régies. */
	public record Holdings(Money bank, Money cash, Money advances) {

		public Money total() {
			return this.bank.plus(this.cash).plus(this.advances);
		}

	}

	/** What the holdings differ from the report à nouveau plus the résultat. */
	public Money imbalance() {
		return this.closing.total().minus(carriedPlusResult());
	}

	/**
	 * The bank reconciliation: the books' bank balance at the statement's date, less what
	 * is not yet on a statement, against the statement's balance.
	 */
	public record BankReconciliation(LocalDate statementDate, Money statementBalance, Money booksBalance,
			Money unpointedTotal, Money difference) {

		public boolean reconciled() {
			return this.difference.isZero();
		}

	}

	/** The last arrêté de caisse: counted, in the books, and their difference. */
	public record CashCount(LocalDate date, Money counted, Money books, Money difference) {

	}

}
