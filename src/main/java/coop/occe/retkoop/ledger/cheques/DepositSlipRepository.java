package coop.occe.retkoop.ledger.cheques;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class DepositSlipRepository {

	private static final String CHEQUES = """
			SELECT id, voucher, entry_date, label, cheque_number, amount FROM ledger_entry
			WHERE fiscal_year_id = ? AND operation = 'RECEIPT' AND payment = 'CHEQUE' AND cancelled = FALSE""";

	private final JdbcClient jdbc;

	DepositSlipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ReceivedCheque> notDeposited(long fiscalYearId) {
		return this.jdbc.sql(CHEQUES + " AND deposit_slip_id IS NULL ORDER BY entry_date, id")
			.param(fiscalYearId)
			.query(DepositSlipRepository::cheque)
			.list();
	}

	public List<ReceivedCheque> onSlip(long fiscalYearId, long slipId) {
		return this.jdbc.sql(CHEQUES + " AND deposit_slip_id = ? ORDER BY entry_date, id")
			.params(fiscalYearId, slipId)
			.query(DepositSlipRepository::cheque)
			.list();
	}

	public List<DepositSlip> all(long fiscalYearId) {
		return this.jdbc.sql("""
				SELECT id, slip_number, deposit_date, total, cheque_count FROM ledger_deposit_slip
				WHERE fiscal_year_id = ? ORDER BY slip_number DESC""")
			.param(fiscalYearId)
			.query(DepositSlipRepository::slip)
			.list();
	}

	public Optional<DepositSlip> find(long fiscalYearId, long slipId) {
		return this.jdbc.sql("""
				SELECT id, slip_number, deposit_date, total, cheque_count FROM ledger_deposit_slip
				WHERE fiscal_year_id = ? AND id = ?""")
			.params(fiscalYearId, slipId)
			.query(DepositSlipRepository::slip)
			.optional();
	}

	/** Creates the slip with the next number of the year; inside a transaction. */
	public long insert(long cooperativeId, long fiscalYearId, LocalDate date, OffsetDateTime now) {
		int number = this.jdbc
			.sql("SELECT COALESCE(MAX(slip_number), 0) + 1 FROM ledger_deposit_slip WHERE fiscal_year_id = ?")
			.param(fiscalYearId)
			.query(Integer.class)
			.single();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_deposit_slip (cooperative_id, fiscal_year_id, slip_number, deposit_date, total,
				cheque_count, created_at) VALUES (?, ?, ?, ?, 0, 0, ?)""")
			.params(cooperativeId, fiscalYearId, number, date, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Puts the cheques on the slip; only those still not deposited are taken, so the
	 * caller compares the count with what it asked for.
	 */
	public int attach(long fiscalYearId, long slipId, List<Long> entryIds) {
		List<Object> params = new ArrayList<>();
		params.add(slipId);
		params.add(fiscalYearId);
		params.addAll(entryIds);
		String marks = String.join(",", entryIds.stream().map((id) -> "?").toList());
		int attached = this.jdbc.sql("""
				UPDATE ledger_entry SET deposit_slip_id = ? WHERE fiscal_year_id = ? AND operation = 'RECEIPT'
				AND payment = 'CHEQUE' AND cancelled = FALSE AND deposit_slip_id IS NULL AND id IN (""" + marks + ")")
			.params(params)
			.update();
		this.jdbc
			.sql("""
					UPDATE ledger_deposit_slip SET cheque_count = (SELECT COUNT(*) FROM ledger_entry WHERE deposit_slip_id = ?),
					total = (SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE deposit_slip_id = ?) WHERE id = ?""")
			.params(slipId, slipId, slipId)
			.update();
		return attached;
	}

	public boolean isDeposited(long entryId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE id = ? AND deposit_slip_id IS NOT NULL")
			.param(entryId)
			.query(Long.class)
			.single() > 0;
	}

	private static ReceivedCheque cheque(ResultSet rs, int row) throws SQLException {
		return new ReceivedCheque(rs.getLong("id"), rs.getString("voucher"),
				rs.getObject("entry_date", LocalDate.class), rs.getString("label"), rs.getString("cheque_number"),
				Money.ofCents(rs.getLong("amount")));
	}

	private static DepositSlip slip(ResultSet rs, int row) throws SQLException {
		return new DepositSlip(rs.getLong("id"), rs.getInt("slip_number"),
				rs.getObject("deposit_date", LocalDate.class), Money.ofCents(rs.getLong("total")),
				rs.getInt("cheque_count"));
	}

}
