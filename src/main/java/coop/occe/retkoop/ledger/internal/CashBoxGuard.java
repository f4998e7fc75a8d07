package coop.occe.retkoop.ledger.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Line;
import coop.occe.retkoop.ledger.internal.CashTimeline.Move;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cash box never holds less than nothing: an entry posted, corrected or cancelled
 * that would leave it negative at any date from its own on is refused. It runs inside the
 * transaction that changes the entry and holds the year's row lock, so that two cash
 * expenses posted at once are checked one after the other.
 */
@Component
public class CashBoxGuard {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final JdbcClient jdbc;

	CashBoxGuard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * After a new entry is inserted with the year's voucher number (the year is locked):
	 * the problems of its lines on the cash box.
	 */
	public List<Problem> problemsPosting(FiscalYear year, long entryId, LocalDate date, BalancedLines lines) {
		return problems(year, entryId, Move.NONE, new Move(date, lines.on(BalancedLines.CASH).cents()), "amount");
	}

	/** Before an entry is replaced by these lines; locks the year first. */
	public List<Problem> problemsReplacing(FiscalYear year, EntryView entry, LocalDate date, BalancedLines lines) {
		return problems(year, entry.id(), moveOf(entry), new Move(date, lines.on(BalancedLines.CASH).cents()),
				"amount");
	}

	/** Before an entry is cancelled; locks the year first. */
	public List<Problem> problemsCancelling(FiscalYear year, EntryView entry) {
		return problems(year, entry.id(), moveOf(entry), Move.NONE, null);
	}

	private List<Problem> problems(FiscalYear year, long entryId, Move before, Move after, String field) {
		if (!lowers(before, after)) {
			return List.of();
		}
		long openingCash = lockYear(year.id());
		Optional<CashTimeline.Shortfall> shortfall = CashTimeline.of(openingCash, movementsByDate(year.id(), entryId))
			.shortfall(before, after);
		return shortfall.map((s) -> List.of(problem(s, field))).orElse(List.of());
	}

	/**
	 * Whether the change may lower the balance at some date: not when the entry moved no
	 * cash out before and moves none out now.
	 */
	private static boolean lowers(Move before, Move after) {
		return !(before.cents() <= 0 && after.cents() >= 0);
	}

	private static Problem problem(CashTimeline.Shortfall shortfall, String field) {
		String date = SHOWN.format(shortfall.date());
		if (shortfall.without() >= 0) {
			return Problem.of(field, "ledger.cash.notEnough", Money.ofCents(shortfall.without()).format(), date);
		}
		return Problem.of(field, "ledger.cash.wouldBeNegative", Money.ofCents(shortfall.with()).format(), date);
	}

	private static Move moveOf(EntryView entry) {
		long cents = entry.lines()
			.stream()
			.filter((line) -> line.accountCode().equals(BalancedLines.CASH))
			.mapToLong((Line line) -> line.amount().cents())
			.sum();
		return entry.cancelled() ? Move.NONE : new Move(entry.date(), cents);
	}

	/**
	 * The year's row lock, the one the voucher numbers take: a correction or a
	 * cancellation waits for a post of the same year and the other way round. Answers the
	 * opening cash as it is now (it follows the previous year while that one is open).
	 */
	private long lockYear(long fiscalYearId) {
		return this.jdbc.sql("SELECT opening_cash FROM ledger_fiscal_year WHERE id = ? FOR UPDATE")
			.param(fiscalYearId)
			.query(Long.class)
			.single();
	}

	/** The cash movements of the year's other entries, summed per date, in one query. */
	Map<LocalDate, Long> movementsByDate(long fiscalYearId, long exceptEntryId) {
		Map<LocalDate, Long> movements = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT entry_date, SUM(cash_delta) FROM ledger_entry
				WHERE fiscal_year_id = ? AND id <> ? AND cash_delta <> 0 GROUP BY entry_date""")
			.params(fiscalYearId, exceptEntryId)
			.query((rs) -> {
				movements.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
		return movements;
	}

}
