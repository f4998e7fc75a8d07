package coop.occe.retkoop.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.Advance;
import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AdvanceRepository {

	private static final String COLUMNS = "id, holder, amount, opened_on, payment_entry_id, closed_on, return_entry_id, version";

	private final JdbcClient jdbc;

	AdvanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long cooperativeId, long fiscalYearId, String holder, Money amount, LocalDate openedOn,
			long paymentEntryId) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_advance (cooperative_id, fiscal_year_id, holder, amount, opened_on, payment_entry_id,
				version) VALUES (?, ?, ?, ?, ?, ?, 0)""")
			.params(cooperativeId, fiscalYearId, holder, amount.cents(), openedOn, paymentEntryId)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Closes an open régie; false when it was closed meanwhile. */
	public boolean close(long advanceId, long fiscalYearId, int version, LocalDate closedOn, long returnEntryId) {
		return this.jdbc.sql("""
				UPDATE ledger_advance SET closed_on = ?, return_entry_id = ?, version = version + 1
				WHERE id = ? AND fiscal_year_id = ? AND version = ? AND return_entry_id IS NULL""")
			.params(closedOn, returnEntryId, advanceId, fiscalYearId, version)
			.update() == 1;
	}

	public List<Advance> all(long fiscalYearId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ledger_advance WHERE fiscal_year_id = ? ORDER BY opened_on, id")
			.param(fiscalYearId)
			.query(AdvanceRepository::map)
			.list();
	}

	public Optional<Advance> find(long fiscalYearId, long advanceId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ledger_advance WHERE fiscal_year_id = ? AND id = ?")
			.params(fiscalYearId, advanceId)
			.query(AdvanceRepository::map)
			.optional();
	}

	/**
	 * Whether the entry pays or returns a régie (such entries change only with their
	 * régie).
	 */
	public boolean isAdvanceEntry(long entryId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_advance WHERE payment_entry_id = ? OR return_entry_id = ?")
			.params(entryId, entryId)
			.query(Long.class)
			.single() > 0;
	}

	private static Advance map(ResultSet rs, int row) throws SQLException {
		long returnEntry = rs.getLong("return_entry_id");
		Long returnEntryId = rs.wasNull() ? null : returnEntry;
		return new Advance(rs.getLong("id"), rs.getString("holder"), Money.ofCents(rs.getLong("amount")),
				rs.getObject("opened_on", LocalDate.class), rs.getLong("payment_entry_id"),
				rs.getObject("closed_on", LocalDate.class), returnEntryId, rs.getInt("version"));
	}

}
