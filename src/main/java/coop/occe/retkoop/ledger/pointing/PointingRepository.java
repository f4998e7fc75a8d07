package coop.occe.retkoop.ledger.pointing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PointingRepository {

	private final JdbcClient jdbc;

	PointingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BankStatement> statements(long fiscalYearId) {
		return this.jdbc
			.sql("SELECT id, statement_date, closing_balance FROM ledger_bank_statement WHERE fiscal_year_id = ? "
					+ "ORDER BY statement_date")
			.param(fiscalYearId)
			.query((rs, n) -> new BankStatement(rs.getLong("id"), rs.getObject("statement_date", LocalDate.class),
					Money.ofCents(rs.getLong("closing_balance"))))
			.list();
	}

	long insert(long cooperativeId, long fiscalYearId, LocalDate date, Money balance, OffsetDateTime now) {
		this.jdbc
			.sql("INSERT INTO ledger_bank_statement (cooperative_id, fiscal_year_id, statement_date, closing_balance, "
					+ "created_at) VALUES (?, ?, ?, ?, ?)")
			.params(cooperativeId, fiscalYearId, date, balance.cents(), now)
			.update();
		return this.jdbc.sql("SELECT id FROM ledger_bank_statement WHERE fiscal_year_id = ? AND statement_date = ?")
			.params(fiscalYearId, date)
			.query(Long.class)
			.single();
	}

	/** The bank entries of the year that count (not cancelled), in date order. */
	List<BankItem> bankItems(long fiscalYearId) {
		return this.jdbc.sql("""
				SELECT e.id, e.voucher, e.entry_date, e.label, e.cheque_number, e.bank_delta, p.statement_id
				FROM ledger_entry e LEFT JOIN ledger_pointed_entry p ON p.entry_id = e.id
				WHERE e.fiscal_year_id = ? AND e.cancelled = FALSE AND e.bank_delta <> 0
				ORDER BY e.entry_date, e.id""")
			.param(fiscalYearId)
			.query((rs, n) -> new BankItem(rs.getLong("id"), rs.getString("voucher"),
					rs.getObject("entry_date", LocalDate.class), rs.getString("label"), rs.getString("cheque_number"),
					Money.ofCents(rs.getLong("bank_delta")), (Long) rs.getObject("statement_id", Long.class)))
			.list();
	}

	void unpointAll(long statementId) {
		this.jdbc.sql("DELETE FROM ledger_pointed_entry WHERE statement_id = ?").param(statementId).update();
	}

	void point(long statementId, Collection<Long> entryIds) {
		for (Long entryId : entryIds) {
			this.jdbc.sql("INSERT INTO ledger_pointed_entry (entry_id, statement_id) VALUES (?, ?)")
				.params(entryId, statementId)
				.update();
		}
	}

	Optional<LocalDate> statementDateOf(long entryId) {
		return this.jdbc.sql("""
				SELECT s.statement_date FROM ledger_pointed_entry p
				JOIN ledger_bank_statement s ON s.id = p.statement_id WHERE p.entry_id = ?""")
			.param(entryId)
			.query(LocalDate.class)
			.optional();
	}

}
