package coop.occe.retkoop.ledger;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * What the cash book shows: dates, an account of the split, a text in the label, voucher
 * or cheque number, an amount. Every criterion is optional.
 */
public record CashBookFilter(LocalDate from, LocalDate to, String accountCode, String text, Money amount,
		Long projectId) {

	public static final CashBookFilter NONE = new CashBookFilter(null, null, null, null, null, null);

	public CashBookFilter(LocalDate from, LocalDate to, String accountCode, String text, Money amount) {
		this(from, to, accountCode, text, amount, null);
	}

	public CashBookFilter {
		accountCode = (accountCode == null || accountCode.isBlank()) ? null : accountCode.strip();
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

}
