package coop.occe.retkoop.ledger.cheques;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ChequeRepository {

	private final JdbcClient jdbc;

	ChequeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Chequebook> chequebooks(long cooperativeId) {
		return this.jdbc.sql(
				"SELECT id, first_number, last_number FROM ledger_chequebook WHERE cooperative_id = ? ORDER BY first_number")
			.param(cooperativeId)
			.query((rs, i) -> new Chequebook(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	public void insert(long cooperativeId, long first, long last, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO ledger_chequebook (cooperative_id, first_number, last_number, created_at)
				VALUES (?, ?, ?, ?)""").params(cooperativeId, first, last, now).update();
	}

	/**
	 * The numbers of the cheques the cooperative wrote (expenses not cancelled), every
	 * year.
	 */
	public List<String> chequesWritten(long cooperativeId) {
		return this.jdbc.sql("""
				SELECT cheque_number FROM ledger_entry WHERE cooperative_id = ? AND operation = 'EXPENSE'
				AND payment = 'CHEQUE' AND cancelled = FALSE AND cheque_number IS NOT NULL""")
			.param(cooperativeId)
			.query(String.class)
			.list();
	}

	/** Whether another expense not cancelled already used this cheque number. */
	public boolean chequeWritten(long cooperativeId, String number, Long exceptEntryId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ? AND operation = 'EXPENSE'
				AND payment = 'CHEQUE' AND cancelled = FALSE AND cheque_number = ? AND id <> ?""")
			.params(cooperativeId, number, (exceptEntryId != null) ? exceptEntryId : -1L)
			.query(Long.class)
			.single() > 0;
	}

}
