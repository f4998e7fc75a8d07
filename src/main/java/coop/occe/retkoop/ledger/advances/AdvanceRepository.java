package coop.occe.retkoop.ledger.advances;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AdvanceRepository {

	private static final String COLUMNS = "id, holder, amount, opened_on, payment_entry_id, closed_on, return_entry_id, "
			+ "version, class_book_id, spent, carried_from_id";

	private final JdbcClient jdbc;

	AdvanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long cooperativeId, long fiscalYearId, String holder, Money amount, LocalDate openedOn,
			Long paymentEntryId, Long classBookId, Long carriedFromId) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_advance (cooperative_id, fiscal_year_id, holder, amount, opened_on, payment_entry_id,
				class_book_id, carried_from_id, spent, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""")
			.params(cooperativeId, fiscalYearId, holder, amount.cents(), openedOn, paymentEntryId, classBookId,
					carriedFromId)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Closes an open régie whose spending has not changed since it was read; false when
	 * it was closed or spent from meanwhile.
	 */
	public boolean close(long advanceId, long fiscalYearId, Money expectedSpent, LocalDate closedOn,
			Long returnEntryId) {
		return this.jdbc.sql("""
				UPDATE ledger_advance SET closed_on = ?, return_entry_id = ?, version = version + 1
				WHERE id = ? AND fiscal_year_id = ? AND spent = ? AND closed_on IS NULL""")
			.params(closedOn, returnEntryId, advanceId, fiscalYearId, expectedSpent.cents())
			.update() == 1;
	}

	/**
	 * Adds an expense to an open régie, as long as it stays within the amount; false
	 * otherwise. The row lock serialises concurrent acceptances.
	 */
	public boolean spend(long advanceId, Money amount) {
		return this.jdbc.sql("""
				UPDATE ledger_advance SET spent = spent + ?, version = version + 1
				WHERE id = ? AND closed_on IS NULL AND spent + ? <= amount""")
			.params(amount.cents(), advanceId, amount.cents())
			.update() == 1;
	}

	public List<Advance> all(long fiscalYearId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ledger_advance WHERE fiscal_year_id = ? ORDER BY opened_on, id")
			.param(fiscalYearId)
			.query(AdvanceRepository::map)
			.list();
	}

	/** The régie paid by an entry of the year. */
	public Optional<Advance> paidBy(long fiscalYearId, long paymentEntryId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ledger_advance WHERE fiscal_year_id = ? AND payment_entry_id = ?")
			.params(fiscalYearId, paymentEntryId)
			.query(AdvanceRepository::map)
			.optional();
	}

	public Optional<Advance> find(long fiscalYearId, long advanceId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ledger_advance WHERE fiscal_year_id = ? AND id = ?")
			.params(fiscalYearId, advanceId)
			.query(AdvanceRepository::map)
			.optional();
	}

	/** The open régie of a class book in a year, if any. */
	public Optional<Advance> openOfClassBook(long fiscalYearId, long classBookId) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM ledger_advance WHERE fiscal_year_id = ? AND class_book_id = ? AND closed_on IS NULL
				ORDER BY id""")
			.params(fiscalYearId, classBookId)
			.query(AdvanceRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Drops the copy of a régie carried into the next year while nothing happened to it
	 * there (open, nothing spent, no class line, not carried further, its year open), so
	 * that the régie is finished in its own year; false when there is no such copy.
	 */
	public boolean dropUntouchedCarry(long advanceId) {
		return this.jdbc.sql("""
				DELETE FROM ledger_advance WHERE carried_from_id = ? AND closed_on IS NULL AND spent = 0
				AND version = 0 AND return_entry_id IS NULL
				AND fiscal_year_id IN (SELECT y.id FROM ledger_fiscal_year y WHERE y.closed = FALSE)
				AND NOT EXISTS (SELECT 1 FROM ledger_class_line l WHERE l.advance_id = ledger_advance.id)
				AND NOT EXISTS (SELECT 1 FROM ledger_advance c WHERE c.carried_from_id = ledger_advance.id)""")
			.param(advanceId)
			.update() == 1;
	}

	/** Whether the copy carried into the next year could be dropped (see above). */
	public boolean hasUntouchedCarry(long advanceId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM ledger_advance a WHERE a.carried_from_id = ? AND a.closed_on IS NULL
				AND a.spent = 0 AND a.version = 0 AND a.return_entry_id IS NULL
				AND a.fiscal_year_id IN (SELECT y.id FROM ledger_fiscal_year y WHERE y.closed = FALSE)
				AND NOT EXISTS (SELECT 1 FROM ledger_class_line l WHERE l.advance_id = a.id)
				AND NOT EXISTS (SELECT 1 FROM ledger_advance c WHERE c.carried_from_id = a.id)""")
			.param(advanceId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the régie was carried into the next year (it is then closed there). */
	public boolean isCarriedForward(long advanceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_advance WHERE carried_from_id = ?")
			.param(advanceId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Whether the entry pays, spends or returns a régie (such entries change only with
	 * their régie).
	 */
	public boolean isAdvanceEntry(long entryId) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM ledger_advance WHERE payment_entry_id = ? OR return_entry_id = ?)
				+ (SELECT COUNT(*) FROM ledger_class_line WHERE entry_id = ? AND advance_id IS NOT NULL)""")
			.params(entryId, entryId, entryId)
			.query(Long.class)
			.single() > 0;
	}

	private static Advance map(ResultSet rs, int row) throws SQLException {
		return new Advance(rs.getLong("id"), rs.getString("holder"), Money.ofCents(rs.getLong("amount")),
				rs.getObject("opened_on", LocalDate.class), nullable(rs, "payment_entry_id"),
				rs.getObject("closed_on", LocalDate.class), nullable(rs, "return_entry_id"), rs.getInt("version"),
				nullable(rs, "class_book_id"), Money.ofCents(rs.getLong("spent")), nullable(rs, "carried_from_id"));
	}

	private static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
