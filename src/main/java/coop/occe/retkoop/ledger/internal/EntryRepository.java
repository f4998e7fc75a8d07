package coop.occe.retkoop.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.CashBookFilter;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.Line;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Entries and their lines. Every query is bounded by the fiscal year (hence by the
 * cooperative).
 */
@Repository
public class EntryRepository {

	private static final String COLUMNS = "id, voucher, entry_date, label, operation, payment, cheque_number, amount, "
			+ "bank_delta, cash_delta, cancelled, version, project_id";

	private final JdbcClient jdbc;

	EntryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row of ledger_entry without its lines. */
	public record Header(long id, String voucher, LocalDate date, String label, Operation operation, PaymentMeans means,
			String chequeNumber, Money amount, Money bankDelta, Money cashDelta, boolean cancelled, int version,
			Long projectId) {

	}

	public long insert(long cooperativeId, long fiscalYearId, String voucher, EntryDraft draft, BalancedLines lines,
			OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_entry (cooperative_id, fiscal_year_id, voucher, entry_date, label, operation,
				payment, cheque_number, amount, bank_delta, cash_delta, cancelled, idempotency_key, created_at, version,
				project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0, ?)""")
			.params(cooperativeId, fiscalYearId, voucher, draft.date(), draft.label(), draft.operation().name(),
					(draft.means() != null) ? draft.means().name() : null, emptyToNull(draft.chequeNumber()),
					draft.amount().cents(), lines.on(BalancedLines.BANK).cents(), lines.on(BalancedLines.CASH).cents(),
					draft.idempotencyKey(), now, draft.projectId())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertLines(id, fiscalYearId, draft.date(), lines);
		return id;
	}

	/**
	 * Replaces the content of an entry (its voucher number stays), if nobody changed it
	 * since {@code version} was read.
	 */
	public boolean update(long entryId, long fiscalYearId, int version, EntryDraft draft, BalancedLines lines) {
		int updated = this.jdbc.sql("""
				UPDATE ledger_entry SET entry_date = ?, label = ?, payment = ?, cheque_number = ?, amount = ?,
				bank_delta = ?, cash_delta = ?, project_id = ?, version = version + 1
				WHERE id = ? AND fiscal_year_id = ? AND version = ? AND cancelled = FALSE""")
			.params(draft.date(), draft.label(), (draft.means() != null) ? draft.means().name() : null,
					emptyToNull(draft.chequeNumber()), draft.amount().cents(), lines.on(BalancedLines.BANK).cents(),
					lines.on(BalancedLines.CASH).cents(), draft.projectId(), entryId, fiscalYearId, version)
			.update();
		if (updated != 1) {
			return false;
		}
		removeLines(entryId, fiscalYearId);
		insertLines(entryId, fiscalYearId, draft.date(), lines);
		return true;
	}

	/**
	 * Cancels an entry: its lines go, its voucher number stays (marked cancelled) so that
	 * the numbering keeps no gap.
	 */
	public boolean cancel(long entryId, long fiscalYearId, int version) {
		int updated = this.jdbc.sql("""
				UPDATE ledger_entry SET cancelled = TRUE, bank_delta = 0, cash_delta = 0, version = version + 1
				WHERE id = ? AND fiscal_year_id = ? AND version = ? AND cancelled = FALSE""")
			.params(entryId, fiscalYearId, version)
			.update();
		if (updated != 1) {
			return false;
		}
		removeLines(entryId, fiscalYearId);
		return true;
	}

	private void insertLines(long entryId, long fiscalYearId, LocalDate date, BalancedLines lines) {
		// Checked again right before writing, whatever the caller did.
		long sum = lines.lines().stream().mapToLong((line) -> line.amount().cents()).sum();
		if (sum != 0) {
			throw new IllegalStateException("Refusing to write unbalanced lines");
		}
		for (Line line : lines.lines()) {
			this.jdbc.sql("""
					INSERT INTO ledger_line (entry_id, fiscal_year_id, entry_date, account_code, amount)
					VALUES (?, ?, ?, ?, ?)""")
				.params(entryId, fiscalYearId, date, line.accountCode(), line.amount().cents())
				.update();
			addToMonthTotal(fiscalYearId, monthKey(date), line.accountCode(), line.amount().cents(), 1);
		}
	}

	/** Deletes the lines of an entry and takes them off the month totals. */
	private void removeLines(long entryId, long fiscalYearId) {
		List<Object[]> removed = this.jdbc.sql("""
				SELECT entry_date, account_code, SUM(amount), COUNT(*) FROM ledger_line WHERE entry_id = ?
				GROUP BY entry_date, account_code""")
			.param(entryId)
			.query((rs,
					i) -> new Object[] { rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
							rs.getInt(4) })
			.list();
		this.jdbc.sql("DELETE FROM ledger_line WHERE entry_id = ?").param(entryId).update();
		for (Object[] row : removed) {
			addToMonthTotal(fiscalYearId, monthKey((LocalDate) row[0]), (String) row[1], -(Long) row[2],
					-(Integer) row[3]);
		}
	}

	/**
	 * Adds to an account's total of a month, creating the row the first time. Runs in the
	 * transaction that writes the lines, which holds the year's row lock: two writers of
	 * the same year never race to create the same row.
	 */
	private void addToMonthTotal(long fiscalYearId, int monthKey, String accountCode, long cents, int lines) {
		int updated = this.jdbc.sql("""
				UPDATE ledger_month_total SET amount = amount + ?, line_count = line_count + ?
				WHERE fiscal_year_id = ? AND month_key = ? AND account_code = ?""")
			.params(cents, lines, fiscalYearId, monthKey, accountCode)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO ledger_month_total (fiscal_year_id, month_key, account_code, amount, line_count)
					VALUES (?, ?, ?, ?, ?)""").params(fiscalYearId, monthKey, accountCode, cents, lines).update();
		}
	}

	/** yyyymm, the key of a date's month in ledger_month_total. */
	static int monthKey(LocalDate date) {
		return date.getYear() * 100 + date.getMonthValue();
	}

	public Optional<Header> findByIdempotencyKey(long cooperativeId, String key) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ledger_entry WHERE cooperative_id = ? AND idempotency_key = ?")
			.params(cooperativeId, key)
			.query(EntryRepository::header)
			.optional();
	}

	public Optional<EntryView> find(long fiscalYearId, long entryId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entry WHERE id = ? AND fiscal_year_id = ?")
			.params(entryId, fiscalYearId)
			.query(EntryRepository::header)
			.optional()
			.map((header) -> view(header, lines(List.of(entryId)).getOrDefault(entryId, List.of())));
	}

	static EntryView view(Header h, List<Line> lines) {
		return new EntryView(h.id(), h.voucher(), h.date(), h.label(), h.operation(), h.means(), h.chequeNumber(),
				h.amount(), h.cancelled(), h.version(), lines, h.projectId());
	}

	/** The lines of these entries, by entry. */
	public Map<Long, List<Line>> lines(Collection<Long> entryIds) {
		Map<Long, List<Line>> byEntry = new HashMap<>();
		if (entryIds.isEmpty()) {
			return byEntry;
		}
		String marks = String.join(",", entryIds.stream().map((id) -> "?").toList());
		this.jdbc
			.sql("SELECT entry_id, account_code, amount FROM ledger_line WHERE entry_id IN (" + marks + ") ORDER BY id")
			.params(new ArrayList<>(entryIds))
			.query((rs) -> {
				byEntry.computeIfAbsent(rs.getLong("entry_id"), (k) -> new ArrayList<>())
					.add(new Line(rs.getString("account_code"), Money.ofCents(rs.getLong("amount"))));
			});
		return byEntry;
	}

	/** One page of the cash book, in date order, and how many entries match. */
	public List<Header> page(long fiscalYearId, CashBookFilter filter, int page, int size) {
		Where where = where(fiscalYearId, filter);
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ledger_entry e WHERE " + where.sql()
					+ " ORDER BY entry_date, id LIMIT ? OFFSET ?")
			.params(params)
			.query(EntryRepository::header)
			.list();
	}

	public long count(long fiscalYearId, CashBookFilter filter) {
		Where where = where(fiscalYearId, filter);
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry e WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Sum of what entries before (date, id) did to the bank and the cash box. */
	public long[] treasuryBefore(long fiscalYearId, LocalDate date, long id) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(bank_delta), 0), COALESCE(SUM(cash_delta), 0) FROM ledger_entry
				WHERE fiscal_year_id = ? AND (entry_date < ? OR (entry_date = ? AND id < ?))""")
			.params(fiscalYearId, date, date, id)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/**
	 * What each entry from (fromDate, fromId) to (toDate, toId) did to the bank and the
	 * cash box, in cash-book order; used to carry the running balances across entries a
	 * filter hides.
	 */
	public LinkedHashMap<Long, long[]> treasuryBetween(long fiscalYearId, LocalDate fromDate, long fromId,
			LocalDate toDate, long toId) {
		LinkedHashMap<Long, long[]> deltas = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, bank_delta, cash_delta FROM ledger_entry WHERE fiscal_year_id = ?
				AND (entry_date > ? OR (entry_date = ? AND id >= ?))
				AND (entry_date < ? OR (entry_date = ? AND id <= ?))
				ORDER BY entry_date, id""")
			.params(fiscalYearId, fromDate, fromDate, fromId, toDate, toDate, toId)
			.query((rs) -> {
				deltas.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return deltas;
	}

	/**
	 * The date of the year's last entry that moved cash in or out of the cash box, if any
	 * (a cancelled entry moves nothing).
	 */
	public Optional<LocalDate> lastCashMovement(long fiscalYearId) {
		return this.jdbc.sql("SELECT MAX(entry_date) FROM ledger_entry WHERE fiscal_year_id = ? AND cash_delta <> 0")
			.param(fiscalYearId)
			.query(LocalDate.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * The sum of the lines of each account up to a date included, for the accounts with
	 * lines by then: the month totals of the whole months before the date, plus the lines
	 * of the date's month up to the date (none when the date ends its month).
	 */
	public Map<String, Long> sumsByAccount(long fiscalYearId, LocalDate upTo) {
		boolean monthEnd = upTo.getDayOfMonth() == upTo.lengthOfMonth();
		int wholeMonthsBelow = monthEnd ? monthKey(upTo.plusDays(1)) : monthKey(upTo);
		LocalDate linesFrom = monthEnd ? upTo.plusDays(1) : upTo.withDayOfMonth(1);
		Map<String, Long> sums = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT account_code, SUM(amount) FROM (
					SELECT account_code, amount, line_count FROM ledger_month_total WHERE fiscal_year_id = ? AND month_key < ?
					UNION ALL
					SELECT account_code, amount, 1 FROM ledger_line WHERE fiscal_year_id = ? AND entry_date >= ?
					AND entry_date <= ?) t GROUP BY account_code HAVING SUM(line_count) > 0""")
			.params(fiscalYearId, wholeMonthsBelow, fiscalYearId, linesFrom, upTo)
			.query((rs) -> {
				sums.put(rs.getString(1), rs.getLong(2));
			});
		return sums;
	}

	/**
	 * The same sums by adding every line up to the date again; what the month totals must
	 * always agree with.
	 */
	public Map<String, Long> sumsByAccountFromLines(long fiscalYearId, LocalDate upTo) {
		Map<String, Long> sums = new HashMap<>();
		this.jdbc.sql("""
				SELECT account_code, SUM(amount) FROM ledger_line
				WHERE fiscal_year_id = ? AND entry_date <= ? GROUP BY account_code""")
			.params(fiscalYearId, upTo)
			.query((rs) -> {
				sums.put(rs.getString(1), rs.getLong(2));
			});
		return sums;
	}

	/** The sum of the lines of each account over the entries tagged with a project. */
	public Map<String, Long> sumsByAccountOfProject(long fiscalYearId, long projectId) {
		Map<String, Long> sums = new HashMap<>();
		this.jdbc.sql("""
				SELECT l.account_code, SUM(l.amount) FROM ledger_line l JOIN ledger_entry e ON e.id = l.entry_id
				WHERE e.fiscal_year_id = ? AND e.project_id = ? GROUP BY l.account_code""")
			.params(fiscalYearId, projectId)
			.query((rs) -> {
				sums.put(rs.getString(1), rs.getLong(2));
			});
		return sums;
	}

	/**
	 * Lines crediting a 74… account (subsidies), oldest first: entry id, voucher, date,
	 * label, account, amount.
	 */
	public List<Object[]> subsidyLines(long fiscalYearId) {
		return this.jdbc.sql("""
				SELECT e.id, e.voucher, e.entry_date, e.label, l.account_code, l.amount
				FROM ledger_line l JOIN ledger_entry e ON e.id = l.entry_id
				WHERE l.fiscal_year_id = ? AND l.account_code LIKE '74%' ORDER BY e.entry_date, e.id""")
			.param(fiscalYearId)
			.query((rs,
					i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
							rs.getString(4), rs.getString(5), rs.getLong(6) })
			.list();
	}

	/** What the lines on 74… accounts (subsidies) received up to a date included. */
	public long subsidyTotal(long fiscalYearId, LocalDate upTo) {
		return this.jdbc.sql("""
				SELECT COALESCE(-SUM(amount), 0) FROM ledger_line
				WHERE fiscal_year_id = ? AND account_code LIKE '74%' AND entry_date <= ?""")
			.params(fiscalYearId, upTo)
			.query(Long.class)
			.single();
	}

	private record Where(String sql, List<Object> params) {

	}

	private static Where where(long fiscalYearId, CashBookFilter filter) {
		StringBuilder sql = new StringBuilder("e.fiscal_year_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(fiscalYearId);
		if (filter.from() != null) {
			sql.append(" AND e.entry_date >= ?");
			params.add(filter.from());
		}
		if (filter.to() != null) {
			sql.append(" AND e.entry_date <= ?");
			params.add(filter.to());
		}
		if (filter.accountCode() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM ledger_line l WHERE l.entry_id = e.id AND l.account_code = ?)");
			params.add(filter.accountCode());
		}
		if (filter.text() != null) {
			String like = "%"
					+ filter.text().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
			sql.append(" AND (LOWER(e.label) LIKE ? OR LOWER(e.voucher) LIKE ? OR e.cheque_number LIKE ?)");
			params.add(like);
			params.add(like);
			params.add(like);
		}
		if (filter.projectId() != null) {
			sql.append(" AND e.project_id = ?");
			params.add(filter.projectId());
		}
		if (filter.amount() != null) {
			sql.append(" AND e.amount = ?");
			params.add(filter.amount().cents());
		}
		return new Where(sql.toString(), params);
	}

	private static Header header(ResultSet rs, int row) throws SQLException {
		String payment = rs.getString("payment");
		return new Header(rs.getLong("id"), rs.getString("voucher"), rs.getObject("entry_date", LocalDate.class),
				rs.getString("label"), Operation.valueOf(rs.getString("operation")),
				(payment != null) ? PaymentMeans.valueOf(payment) : null, rs.getString("cheque_number"),
				Money.ofCents(rs.getLong("amount")), Money.ofCents(rs.getLong("bank_delta")),
				Money.ofCents(rs.getLong("cash_delta")), rs.getBoolean("cancelled"), rs.getInt("version"),
				rs.getObject("project_id", Long.class));
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
