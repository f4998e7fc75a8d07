package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.internal.CashTimeline;
import coop.occe.retkoop.ledger.internal.CashTimeline.Move;
import coop.occe.retkoop.ledger.internal.CashTimeline.Shortfall;
import coop.occe.retkoop.shared.SchoolYear;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cash box's rule over random sequences of cash operations (posted on any date, so
 * often back-dated, corrected to another date or amount, cancelled): each is accepted or
 * refused by {@link CashTimeline} as the posting core does, and the balance computed the
 * slow way is never negative at any date of the year; a refusal is always justified and
 * names the lowest point.
 */
class CashBoxPropertyTests {

	static final SchoolYear YEAR = new SchoolYear(2026);

	/**
	 * One operation: 0 post, 1 correct, 2 cancel; which entry, its date, its cash move.
	 */
	record Step(int kind, int which, int day, long cents) {

	}

	@Property(tries = 300)
	void theCashBoxIsNeverNegativeAtAnyDate(@ForAll @Size(max = 40) List<@net.jqwik.api.From("steps") Step> steps,
			@ForAll @LongRange(min = 0, max = 20_000) long opening) {
		List<Move> live = new ArrayList<>();
		for (Step step : steps) {
			Move after = (step.kind() == 2) ? Move.NONE : new Move(YEAR.firstDay().plusDays(step.day()), step.cents());
			int index = (step.kind() == 0 || live.isEmpty()) ? -1 : step.which() % live.size();
			if (index < 0 && step.kind() == 2) {
				continue;
			}
			Move before = (index < 0) ? Move.NONE : live.get(index);
			List<Move> others = new ArrayList<>(live);
			if (index >= 0) {
				others.remove(index);
			}
			Optional<Shortfall> shortfall = CashTimeline.of(opening, perDate(others)).shortfall(before, after);
			List<Move> changed = new ArrayList<>(others);
			if (after != Move.NONE) {
				changed.add(after);
			}
			if (shortfall.isEmpty()) {
				if (index < 0) {
					live.add(after);
				}
				else if (after == Move.NONE) {
					live.remove(index);
				}
				else {
					live.set(index, after);
				}
			}
			else {
				Shortfall lowest = shortfall.get();
				assertThat(lowest.with()).isNegative();
				assertThat(lowest.with()).isEqualTo(slowBalance(opening, changed, lowest.date()));
				assertThat(lowest.without()).isEqualTo(slowBalance(opening, others, lowest.date()));
				assertThat(lowestFrom(opening, changed, lowest.date())).isEqualTo(lowest.with());
			}
			assertThat(lowestFrom(opening, live, YEAR.firstDay())).as("lowest cash of the year").isNotNegative();
		}
	}

	@Property
	void aReceiptIsNeverRefused(@ForAll @Size(max = 20) List<@net.jqwik.api.From("steps") Step> steps,
			@ForAll @LongRange(min = 1, max = 10_000) long cents) {
		List<Move> moves = steps.stream().map((s) -> new Move(YEAR.firstDay().plusDays(s.day()), s.cents())).toList();
		assertThat(CashTimeline.of(0, perDate(moves)).shortfall(Move.NONE, new Move(YEAR.firstDay(), cents))).isEmpty();
	}

	@Provide
	Arbitrary<Step> steps() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 50),
					Arbitraries.integers().between(0, 60), Arbitraries.longs().between(-8_000, 8_000))
			.as(Step::new);
	}

	private static Map<LocalDate, Long> perDate(List<Move> moves) {
		Map<LocalDate, Long> sums = new HashMap<>();
		moves.forEach((move) -> sums.merge(move.date(), move.cents(), Long::sum));
		return sums;
	}

	private static long slowBalance(long opening, List<Move> moves, LocalDate date) {
		long balance = opening;
		for (Move move : moves) {
			if (!move.date().isAfter(date)) {
				balance += move.cents();
			}
		}
		return balance;
	}

	/**
	 * The lowest balance from this date to the end of the year, the slow way: at the date
	 * and at every date on which the cash box moved after it.
	 */
	private static long lowestFrom(long opening, List<Move> moves, LocalDate from) {
		long lowest = slowBalance(opening, moves, from);
		for (Move move : moves) {
			if (move.date().isAfter(from)) {
				lowest = Math.min(lowest, slowBalance(opening, moves, move.date()));
			}
		}
		return lowest;
	}

}
