package coop.occe.retkoop.ledger.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cash box over a year without one entry: the opening cash plus the other entries'
 * cash movements, summed per date once (prefix sums), so that the balance at any date is
 * a lookup. It says whether putting an entry's cash movement in place of another would
 * leave the box negative at some date.
 */
public final class CashTimeline {

	/**
	 * What one entry does to the cash box, from its date on; {@link #NONE} for nothing.
	 */
	public record Move(LocalDate date, long cents) {

		public static final Move NONE = new Move(null, 0);

		/** What the move adds to the balance at the end of a date. */
		long at(LocalDate day) {
			return (this.date != null && !this.date.isAfter(day)) ? this.cents : 0;
		}

	}

	/**
	 * The lowest point a change would leave negative: its date, the balance there without
	 * the entry at all, and with the entry as changed.
	 */
	public record Shortfall(LocalDate date, long without, long with) {

	}

	private final long opening;

	/** The balance at the end of each date on which the cash box moved. */
	private final NavigableMap<LocalDate, Long> balances = new TreeMap<>();

	private CashTimeline(long opening, Map<LocalDate, Long> movementsByDate) {
		this.opening = opening;
		long running = opening;
		for (Map.Entry<LocalDate, Long> movement : new TreeMap<>(movementsByDate).entrySet()) {
			running = Math.addExact(running, movement.getValue());
			this.balances.put(movement.getKey(), running);
		}
	}

	/** The timeline of an opening balance and the movements summed per date. */
	public static CashTimeline of(long opening, Map<LocalDate, Long> movementsByDate) {
		return new CashTimeline(opening, movementsByDate);
	}

	/** The balance at the end of a date (its movements included). */
	public long balanceAt(LocalDate date) {
		Map.Entry<LocalDate, Long> last = this.balances.floorEntry(date);
		return (last != null) ? last.getValue() : this.opening;
	}

	/**
	 * Where replacing the entry's move {@code before} by {@code after} would leave the
	 * cash box negative, at its lowest point (the earliest of equal ones). A date counts
	 * only when the change lowers its balance, so that a receipt is never refused and
	 * books that were already negative do not block unrelated operations. Dates before
	 * both moves do not change and are not looked at.
	 */
	public Optional<Shortfall> shortfall(Move before, Move after) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		LocalDate from = null;
		for (Move move : new Move[] { before, after }) {
			if (move.date() != null) {
				dates.add(move.date());
				from = (from == null || move.date().isBefore(from)) ? move.date() : from;
			}
		}
		if (from == null) {
			return Optional.empty();
		}
		dates.addAll(this.balances.tailMap(from, true).keySet());
		Shortfall lowest = null;
		for (LocalDate date : dates) {
			long without = balanceAt(date);
			long with = without + after.at(date);
			if (with < 0 && with < without + before.at(date) && (lowest == null || with < lowest.with())) {
				lowest = new Shortfall(date, without, with);
			}
		}
		return Optional.ofNullable(lowest);
	}

}
