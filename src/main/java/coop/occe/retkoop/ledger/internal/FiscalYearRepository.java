package coop.occe.retkoop.ledger.internal;

import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class FiscalYearRepository {

	private static final String COLUMNS = "id, cooperative_id, association_id, school_year, opening_bank, "
			+ "opening_cash, opening_advances, voucher_style, closed";

	private final JdbcClient jdbc;

	FiscalYearRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<FiscalYear> find(long cooperativeId, SchoolYear year) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ledger_fiscal_year WHERE cooperative_id = ? AND school_year = ?")
			.params(cooperativeId, year.startYear())
			.query((rs, i) -> new FiscalYear(rs.getLong("id"), rs.getLong("cooperative_id"),
					rs.getLong("association_id"), new SchoolYear(rs.getInt("school_year")),
					Money.ofCents(rs.getLong("opening_bank")), Money.ofCents(rs.getLong("opening_cash")),
					Money.ofCents(rs.getLong("opening_advances")), VoucherStyle.valueOf(rs.getString("voucher_style")),
					rs.getBoolean("closed")))
			.optional();
	}

	public long insert(long cooperativeId, long associationId, SchoolYear year, Money openingBank, Money openingCash,
			VoucherStyle style) {
		return insert(cooperativeId, associationId, year, openingBank, openingCash, Money.ZERO, style);
	}

	public long insert(long cooperativeId, long associationId, SchoolYear year, Money openingBank, Money openingCash,
			Money openingAdvances, VoucherStyle style) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_fiscal_year (cooperative_id, association_id, school_year, opening_bank,
				opening_cash, opening_advances, voucher_style, next_single, next_receipt, next_expense, closed)
				VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, 1, FALSE)""")
			.params(cooperativeId, associationId, year.startYear(), openingBank.cents(), openingCash.cents(),
					openingAdvances.cents(), style.name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Takes the next number of the year's sequence for this operation. Must run inside
	 * the transaction that inserts the entry: the UPDATE locks the year's row until the
	 * commit, so concurrent posts wait for each other and a rolled-back post gives its
	 * number back.
	 */
	public int takeVoucherNumber(long fiscalYearId, VoucherStyle style, Operation operation) {
		String column = (style == VoucherStyle.SINGLE) ? "next_single"
				: (operation == Operation.RECEIPT) ? "next_receipt" : "next_expense";
		int updated = this.jdbc
			.sql("UPDATE ledger_fiscal_year SET " + column + " = " + column + " + 1 WHERE id = ? AND closed = FALSE")
			.param(fiscalYearId)
			.update();
		if (updated != 1) {
			throw new YearClosedException();
		}
		return this.jdbc.sql("SELECT " + column + " - 1 FROM ledger_fiscal_year WHERE id = ?")
			.param(fiscalYearId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Sets the opening balances of a year that follows a year still open (the
	 * carry-forward); locks the year's row until the commit.
	 */
	public void updateOpening(long fiscalYearId, Money openingBank, Money openingCash, Money openingAdvances) {
		this.jdbc.sql("""
				UPDATE ledger_fiscal_year SET opening_bank = ?, opening_cash = ?, opening_advances = ?
				WHERE id = ?""")
			.params(openingBank.cents(), openingCash.cents(), openingAdvances.cents(), fiscalYearId)
			.update();
	}

	/** Locks the year's row until the commit, as posting into it does. */
	public void lock(long fiscalYearId) {
		this.jdbc.sql("SELECT id FROM ledger_fiscal_year WHERE id = ? FOR UPDATE")
			.param(fiscalYearId)
			.query(Long.class)
			.list();
	}

	/**
	 * Whether the year is closed, read under its row lock held until the commit: a
	 * closing at the same instant waits for the caller's transaction, or came first.
	 */
	public boolean lockAndReadClosed(long fiscalYearId) {
		return this.jdbc.sql("SELECT closed FROM ledger_fiscal_year WHERE id = ? FOR UPDATE")
			.param(fiscalYearId)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/** Closes or reopens a year; false when it already was. */
	public boolean setClosed(long fiscalYearId, boolean closed) {
		return this.jdbc.sql("UPDATE ledger_fiscal_year SET closed = ? WHERE id = ? AND closed = ?")
			.params(closed, fiscalYearId, !closed)
			.update() == 1;
	}

	/** The year was closed while an entry was being posted. */
	public static class YearClosedException extends RuntimeException {

		YearClosedException() {
			super("The fiscal year is closed");
		}

	}

}
