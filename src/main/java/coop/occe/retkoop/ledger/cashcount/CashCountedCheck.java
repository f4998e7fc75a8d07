package coop.occe.retkoop.ledger.cashcount;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.ledger.internal.EntryRepository;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * The cash box was counted at the year's end: an arrêté de caisse dated 31 August, or on
 * or after the last movement of cash, equal to what the books say at its date (read again
 * now: an entry typed late, dated before the count, changes it). A cooperative without a
 * cash box (nothing at the opening, no cash movement) has nothing to count.
 */
@Component
class CashCountedCheck implements YearEndCheck {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final CashCounts cashCounts;

	private final Ledger ledger;

	private final EntryRepository entries;

	CashCountedCheck(CashCounts cashCounts, Ledger ledger, EntryRepository entries) {
		this.cashCounts = cashCounts;
		this.ledger = ledger;
		this.entries = entries;
	}

	@Override
	public String name() {
		return "cashCounted";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String fixPath() {
		return "/coop/comptabilite/caisse";
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		LocalDate lastDay = year.schoolYear().lastDay();
		Optional<LocalDate> lastMove = this.entries.lastCashMovement(year.id());
		List<CashCount> counts = this.cashCounts.cashCounts(year);
		if (counts.isEmpty() && lastMove.isEmpty() && year.openingCash().isZero()) {
			return List.of();
		}
		Optional<CashCount> closing = counts.stream()
			.filter((count) -> count.date().equals(lastDay)
					|| lastMove.map((move) -> !count.date().isBefore(move)).orElse(true))
			.findFirst();
		if (closing.isEmpty()) {
			return List.of(counts.isEmpty() ? Problem.of(null, "yearend.cashCounted.none", SHOWN.format(lastDay))
					: Problem.of(null, "yearend.cashCounted.beforeLastMove", SHOWN.format(counts.get(0).date()),
							SHOWN.format(lastMove.orElse(lastDay)), SHOWN.format(lastDay)));
		}
		CashCount count = closing.get();
		Money books = this.ledger.position(year, count.date()).cash();
		if (!count.total().equals(books)) {
			return List.of(Problem.of(null, "yearend.cashCounted.differs", SHOWN.format(count.date()),
					count.total().format(), books.format()));
		}
		return List.of();
	}

}
