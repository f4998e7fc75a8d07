package coop.occe.retkoop.ledger.pointing;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * An entry of the cash book that moves the bank account, with the statement it was found
 * on ({@code statementId}, null while it is not on any).
 *
 * @param delta what the entry does to the bank: positive in, negative out
 */
public record BankItem(long entryId, String voucher, LocalDate date, String label, String chequeNumber, Money delta,
		Long statementId) {

	public boolean isPointed() {
		return this.statementId != null;
	}

}
