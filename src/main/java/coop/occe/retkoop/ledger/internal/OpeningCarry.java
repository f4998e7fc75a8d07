package coop.occe.retkoop.ledger.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Position;
import coop.occe.retkoop.ledger.YearOpeningStep;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * The carry-forward kept true: while a year's books are open, the next year's opening
 * balances (bank, cash box, régies) are its closing position, recomputed in the
 * transaction of each change of the year (and on to the year after, when it is open too).
 * Once the year is closed they no longer move. A change that would leave the next year's
 * cash box negative at some date is refused.
 */
@Component
public class OpeningCarry {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final FiscalYearRepository years;

	private final EntryRepository entries;

	private final ChartRepository charts;

	private final CashBoxGuard cashBox;

	private final List<YearOpeningStep> steps;

	OpeningCarry(FiscalYearRepository years, EntryRepository entries, ChartRepository charts, CashBoxGuard cashBox,
			List<YearOpeningStep> steps) {
		this.years = years;
		this.entries = entries;
		this.charts = charts;
		this.cashBox = cashBox;
		this.steps = steps;
	}

	/**
	 * After a change of the year's entries, inside its transaction: carries its closing
	 * position into the next years opened after it; the problems refuse the change.
	 */
	public List<Problem> follow(FiscalYear changed) {
		FiscalYear year = changed;
		while (true) {
			Optional<FiscalYear> next = this.years.find(year.cooperativeId(), year.schoolYear().next());
			if (next.isEmpty() || next.get().closed()) {
				return List.of();
			}
			// The changed year's lock first (as its posts take it), then the next one's.
			this.years.lock(year.id());
			FiscalYear previous = this.years.find(year.cooperativeId(), year.schoolYear()).orElseThrow();
			if (previous.closed()) {
				return List.of();
			}
			Position closing = closingOf(previous);
			FiscalYear following = next.get();
			this.years.lock(following.id());
			for (YearOpeningStep step : this.steps) {
				step.previousChanged(previous, following.id(), following.schoolYear());
			}
			List<Problem> problems = cashProblems(following, closing.cash());
			if (!problems.isEmpty()) {
				return problems;
			}
			this.years.updateOpening(following.id(), closing.bank(), closing.cash(), closing.advances());
			year = this.years.find(following.cooperativeId(), following.schoolYear()).orElseThrow();
		}
	}

	/** The bank, cash box and régies of a year at its last day. */
	public Position closingOf(FiscalYear year) {
		return Position.of(year.schoolYear().lastDay(), year.openingBank(), year.openingCash(), year.openingAdvances(),
				this.entries.sumsByAccount(year.id(), year.schoolYear().lastDay()),
				this.charts.accounts(year.associationId(), year.schoolYear())
					.stream()
					.collect(Collectors.toMap(Account::code, Function.identity())));
	}

	/** Where the next year's cash box would fall below nothing with this opening cash. */
	private List<Problem> cashProblems(FiscalYear next, Money openingCash) {
		if (openingCash.compareTo(next.openingCash()) >= 0) {
			return List.of();
		}
		CashTimeline timeline = CashTimeline.of(0, this.cashBox.movementsByDate(next.id(), -1));
		CashTimeline.Move before = new CashTimeline.Move(next.schoolYear().firstDay(), next.openingCash().cents());
		CashTimeline.Move after = new CashTimeline.Move(next.schoolYear().firstDay(), openingCash.cents());
		return timeline.shortfall(before, after)
			.map((s) -> List.of(Problem.of(null, "ledger.carry.nextYearCash", next.schoolYear().label(),
					Money.ofCents(s.with()).format(), SHOWN.format(s.date()))))
			.orElse(List.of());
	}

}
