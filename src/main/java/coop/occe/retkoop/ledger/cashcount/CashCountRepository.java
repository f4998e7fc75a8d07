package coop.occe.retkoop.ledger.cashcount;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CashCountRepository {

	private final JdbcClient jdbc;

	CashCountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long cooperativeId, long fiscalYearId, CashCount count, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO ledger_cash_count (cooperative_id, fiscal_year_id, count_date, counts, total, book_balance,
				created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(cooperativeId, fiscalYearId, count.date(),
					count.counts().stream().map(String::valueOf).collect(Collectors.joining(",")),
					count.total().cents(), count.bookBalance().cents(), now)
			.update();
	}

	public List<CashCount> all(long fiscalYearId) {
		return this.jdbc.sql("""
				SELECT count_date, counts, book_balance FROM ledger_cash_count WHERE fiscal_year_id = ?
				ORDER BY count_date DESC, id DESC""")
			.param(fiscalYearId)
			.query((rs, i) -> new CashCount(rs.getObject(1, LocalDate.class),
					Arrays.stream(rs.getString(2).split(",")).map(Long::valueOf).toList(),
					Money.ofCents(rs.getLong(3))))
			.list();
	}

}
