package coop.occe.retkoop.ledger.cashcount;

import java.time.LocalDate;
import java.util.List;

import coop.occe.retkoop.shared.Money;

/**
 * An arrêté de caisse: how many of each note and coin were counted at a date, and the
 * cash balance of the books at that date.
 */
public record CashCount(LocalDate date, List<Long> counts, Money bookBalance) {

	/** Notes from 500 € to 5 €, then coins from 2 € to 1 centime, in cents. */
	public static final List<Long> DENOMINATIONS = List.of(50000L, 20000L, 10000L, 5000L, 2000L, 1000L, 500L, 200L,
			100L, 50L, 20L, 10L, 5L, 2L, 1L);

	public CashCount {
		if (counts.size() != DENOMINATIONS.size()) {
			throw new IllegalArgumentException("One count per denomination");
		}
		counts = List.copyOf(counts);
	}

	public Money total() {
		long cents = 0;
		for (int i = 0; i < DENOMINATIONS.size(); i++) {
			cents = Math.addExact(cents, Math.multiplyExact(DENOMINATIONS.get(i), this.counts.get(i)));
		}
		return Money.ofCents(cents);
	}

	/** Counted minus the books: zero is "Bravo !". */
	public Money difference() {
		return total().minus(this.bookBalance);
	}

	public boolean matches() {
		return difference().isZero();
	}

}
