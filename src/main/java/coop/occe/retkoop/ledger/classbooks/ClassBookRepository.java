package coop.occe.retkoop.ledger.classbooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ClassBookRepository {

	private static final String BOOK_COLUMNS = "id, cooperative_id, class_name, teacher_account_id, teacher_name, teacher_email";

	private static final String LINE_COLUMNS = "id, class_book_id, operation, line_date, label, means, cheque_number, "
			+ "amount, account_code, state, entry_id, voucher, refusal_reason, advance_id";

	private final JdbcClient jdbc;

	ClassBookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertBook(long cooperativeId, String className, long teacherAccountId, String teacherName,
			String teacherEmail, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_class_book (cooperative_id, class_name, teacher_account_id, teacher_name,
				teacher_email, created_at) VALUES (?, ?, ?, ?, ?, ?)""")
			.params(cooperativeId, className, teacherAccountId, teacherName, teacherEmail, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<ClassBook> books(long cooperativeId) {
		return this.jdbc
			.sql("SELECT " + BOOK_COLUMNS + " FROM ledger_class_book WHERE cooperative_id = ? ORDER BY class_name, id")
			.param(cooperativeId)
			.query(ClassBookRepository::mapBook)
			.list();
	}

	public Optional<ClassBook> book(long cooperativeId, long bookId) {
		return this.jdbc.sql("SELECT " + BOOK_COLUMNS + " FROM ledger_class_book WHERE cooperative_id = ? AND id = ?")
			.params(cooperativeId, bookId)
			.query(ClassBookRepository::mapBook)
			.optional();
	}

	public Optional<ClassBook> bookOfTeacher(long accountId) {
		return this.jdbc.sql("SELECT " + BOOK_COLUMNS + " FROM ledger_class_book WHERE teacher_account_id = ?")
			.param(accountId)
			.query(ClassBookRepository::mapBook)
			.optional();
	}

	/** Records a line; false when a line with the same key was already recorded. */
	public boolean insertLine(long bookId, long fiscalYearId, EntryDraft draft, String accountCode, Long advanceId,
			OffsetDateTime now) {
		if (draft.idempotencyKey() != null && this.jdbc
			.sql("SELECT COUNT(*) FROM ledger_class_line WHERE class_book_id = ? AND idempotency_key = ?")
			.params(bookId, draft.idempotencyKey())
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO ledger_class_line (class_book_id, fiscal_year_id, operation, line_date, label, means,
				cheque_number, amount, account_code, idempotency_key, state, created_at, advance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
			.params(bookId, fiscalYearId, draft.operation().name(), draft.date(), draft.label(), draft.means().name(),
					draft.chequeNumber().isEmpty() ? null : draft.chequeNumber(), draft.amount().cents(), accountCode,
					draft.idempotencyKey(), now, advanceId)
			.update();
		return true;
	}

	public List<ClassLine> lines(long bookId, long fiscalYearId) {
		return this.jdbc
			.sql("SELECT " + LINE_COLUMNS
					+ " FROM ledger_class_line WHERE class_book_id = ? AND fiscal_year_id = ? ORDER BY line_date, id")
			.params(bookId, fiscalYearId)
			.query(ClassBookRepository::mapLine)
			.list();
	}

	public Optional<ClassLine> line(long bookId, long lineId) {
		return this.jdbc.sql("SELECT " + LINE_COLUMNS + " FROM ledger_class_line WHERE class_book_id = ? AND id = ?")
			.params(bookId, lineId)
			.query(ClassBookRepository::mapLine)
			.optional();
	}

	/**
	 * Locks a class book's row until the end of the transaction: what is done to its
	 * régie (paying one, recording a line on it, closing it) happens one at a time.
	 */
	public void lock(long bookId) {
		this.jdbc.sql("SELECT id FROM ledger_class_book WHERE id = ? FOR UPDATE")
			.param(bookId)
			.query(Long.class)
			.list();
	}

	/**
	 * Moves the lines still waiting for the mandataire at the end of a year into the next
	 * year, on its first day, the lines paid with a régie onto the régie carried there.
	 * The label keeps the date the teacher typed.
	 */
	public int carryPending(long fromYearId, long toYearId, java.time.LocalDate firstDay,
			java.util.Map<Long, Long> carriedAdvances) {
		for (java.util.Map.Entry<Long, Long> carried : carriedAdvances.entrySet()) {
			this.jdbc.sql("UPDATE ledger_class_line SET advance_id = ? WHERE advance_id = ? AND state = 'PENDING'")
				.params(carried.getValue(), carried.getKey())
				.update();
		}
		List<ClassLine> pending = this.jdbc
			.sql("SELECT " + LINE_COLUMNS + " FROM ledger_class_line WHERE fiscal_year_id = ? AND state = 'PENDING'")
			.param(fromYearId)
			.query(ClassBookRepository::mapLine)
			.list();
		for (ClassLine line : pending) {
			String label = line.label() + " (du "
					+ line.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")";
			this.jdbc.sql("UPDATE ledger_class_line SET fiscal_year_id = ?, line_date = ?, label = ? WHERE id = ?")
				.params(toYearId, firstDay, (label.length() > 200) ? label.substring(0, 200) : label, line.id())
				.update();
		}
		return pending.size();
	}

	/** How many lines paid with the régie still wait for the mandataire. */
	public long pendingOnAdvance(long advanceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_class_line WHERE advance_id = ? AND state = 'PENDING'")
			.param(advanceId)
			.query(Long.class)
			.single();
	}

	/** The total of the lines paid with the régie that still wait for the mandataire. */
	public Money pendingSumOnAdvance(long advanceId) {
		return Money.ofCents(this.jdbc
			.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_class_line WHERE advance_id = ? AND state = 'PENDING'")
			.param(advanceId)
			.query(Long.class)
			.single());
	}

	/** Marks a pending line accepted; false when it was no longer pending. */
	public boolean accept(long lineId, long entryId, String voucher) {
		return this.jdbc.sql("""
				UPDATE ledger_class_line SET state = 'ACCEPTED', entry_id = ?, voucher = ?
				WHERE id = ? AND state = 'PENDING'""").params(entryId, voucher, lineId).update() == 1;
	}

	/** Marks a pending line refused; false when it was no longer pending. */
	public boolean refuse(long lineId, String reason) {
		return this.jdbc.sql("""
				UPDATE ledger_class_line SET state = 'REFUSED', refusal_reason = ?
				WHERE id = ? AND state = 'PENDING'""").params(reason, lineId).update() == 1;
	}

	private static ClassBook mapBook(ResultSet rs, int row) throws SQLException {
		return new ClassBook(rs.getLong("id"), rs.getLong("cooperative_id"), rs.getString("class_name"),
				rs.getLong("teacher_account_id"), rs.getString("teacher_name"), rs.getString("teacher_email"));
	}

	private static ClassLine mapLine(ResultSet rs, int row) throws SQLException {
		long entry = rs.getLong("entry_id");
		Long entryId = rs.wasNull() ? null : entry;
		long advance = rs.getLong("advance_id");
		Long advanceId = rs.wasNull() ? null : advance;
		return new ClassLine(rs.getLong("id"), rs.getLong("class_book_id"),
				Operation.valueOf(rs.getString("operation")), rs.getObject("line_date", LocalDate.class),
				rs.getString("label"), PaymentMeans.valueOf(rs.getString("means")), rs.getString("cheque_number"),
				Money.ofCents(rs.getLong("amount")), rs.getString("account_code"),
				ClassLine.State.valueOf(rs.getString("state")), entryId, rs.getString("voucher"),
				rs.getString("refusal_reason"), advanceId);
	}

}
