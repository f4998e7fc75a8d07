package coop.occe.retkoop.ledger.advances;

import coop.occe.retkoop.platform.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearOpeningStep;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The régies still open in the previous year are carried into the new one with what
 * remains of them, and closed there; their money counts in the year's opening.
 */
@Component
@Order(1)
class AdvanceYearOpening implements YearOpeningStep {

	private final AdvanceRepository advances;

	private final Texts texts;

	AdvanceYearOpening(AdvanceRepository advances, Texts texts) {
		this.advances = advances;
		this.texts = texts;
	}

	/** A régie paid late in the previous year goes on into this one at once. */
	@Override
	public void previousChanged(FiscalYear previous, long yearId, SchoolYear year) {
		prepare(Optional.of(previous), year).carryInto(yearId);
	}

	@Override
	public Carry prepare(Optional<FiscalYear> previous, SchoolYear year) {
		List<Advance> stillOpen = previous
			.map((p) -> this.advances.all(p.id())
				.stream()
				.filter((a) -> a.isOpen() && a.remaining().isPositive() && !this.advances.isCarriedForward(a.id()))
				.toList())
			.orElse(List.of());
		Money remaining = stillOpen.stream().map(Advance::remaining).reduce(Money.ZERO, Money::plus);
		return new Carry() {

			@Override
			public Money openingAdvances() {
				return remaining;
			}

			@Override
			public Map<String, String> carryInto(long newYearId) {
				for (Advance advance : stillOpen) {
					long cooperativeId = previous.get().cooperativeId();
					AdvanceYearOpening.this.advances.insert(cooperativeId, newYearId, advance.holder(),
							advance.remaining(), year.firstDay(), null, advance.classBookId(), advance.id());
				}
				return stillOpen.isEmpty() ? Map.of() : Map
					.of(AdvanceYearOpening.this.texts.text("ledger.audit.carriedAdvances"), remaining.format());
			}

		};
	}

}
