package coop.occe.retkoop.ledger.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DurableGoodRepository {

	private static final String COLUMNS = "id, description, acquired_on, acquisition_value, disposed_on, entry_id";

	private final JdbcClient jdbc;

	DurableGoodRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DurableGood> all(long cooperativeId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ledger_durable_good WHERE cooperative_id = ? ORDER BY acquired_on, id")
			.param(cooperativeId)
			.query(DurableGoodRepository::map)
			.list();
	}

	public Optional<DurableGood> find(long cooperativeId, long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ledger_durable_good WHERE cooperative_id = ? AND id = ?")
			.params(cooperativeId, id)
			.query(DurableGoodRepository::map)
			.optional();
	}

	public void insert(long cooperativeId, String description, LocalDate acquiredOn, Money value, Long entryId,
			OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO ledger_durable_good (cooperative_id, description, acquired_on, acquisition_value, entry_id,
				created_at) VALUES (?, ?, ?, ?, ?, ?)""")
			.params(cooperativeId, description, acquiredOn, value.cents(), entryId, now)
			.update();
	}

	public boolean dispose(long cooperativeId, long id, LocalDate on) {
		return this.jdbc.sql(
				"UPDATE ledger_durable_good SET disposed_on = ? WHERE cooperative_id = ? AND id = ? AND disposed_on IS NULL")
			.params(on, cooperativeId, id)
			.update() == 1;
	}

	/**
	 * Entries of the year on account 68 (durable goods) not yet in the inventory, with
	 * their 68 amount.
	 */
	public List<DurablePurchase> purchasesNotListed(long fiscalYearId) {
		return this.jdbc.sql("""
				SELECT e.id, e.voucher, e.entry_date, e.label, e.cheque_number, SUM(l.amount) AS amount
				FROM ledger_line l JOIN ledger_entry e ON e.id = l.entry_id
				WHERE l.fiscal_year_id = ? AND l.account_code = '68' AND e.cancelled = FALSE
				AND NOT EXISTS (SELECT 1 FROM ledger_durable_good g WHERE g.entry_id = e.id)
				GROUP BY e.id, e.voucher, e.entry_date, e.label, e.cheque_number ORDER BY e.entry_date, e.id""")
			.param(fiscalYearId)
			.query((rs, i) -> new DurablePurchase(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), Money.ofCents(rs.getLong(6))))
			.list();
	}

	private static DurableGood map(ResultSet rs, int row) throws SQLException {
		return new DurableGood(rs.getLong("id"), rs.getString("description"),
				rs.getObject("acquired_on", LocalDate.class), Money.ofCents(rs.getLong("acquisition_value")),
				rs.getObject("disposed_on", LocalDate.class), rs.getObject("entry_id", Long.class));
	}

}
