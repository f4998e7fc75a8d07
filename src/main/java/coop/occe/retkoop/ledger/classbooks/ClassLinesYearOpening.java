package coop.occe.retkoop.ledger.classbooks;

import coop.occe.retkoop.platform.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearOpeningStep;
import coop.occe.retkoop.ledger.advances.Advance;
import coop.occe.retkoop.ledger.advances.AdvanceRepository;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Class lines the mandataire had not reviewed by 31 August go on with the régies they
 * were paid from (carried just before); the old year's books never had them.
 */
@Component
@Order(2)
class ClassLinesYearOpening implements YearOpeningStep {

	private final ClassBookRepository books;

	private final AdvanceRepository advances;

	private final Texts texts;

	ClassLinesYearOpening(ClassBookRepository books, AdvanceRepository advances, Texts texts) {
		this.books = books;
		this.advances = advances;
		this.texts = texts;
	}

	@Override
	public Carry prepare(Optional<FiscalYear> previous, SchoolYear year) {
		return (newYearId) -> {
			if (previous.isEmpty()) {
				return Map.of();
			}
			Map<Long, Long> carriedIds = new LinkedHashMap<>();
			for (Advance advance : this.advances.all(newYearId)) {
				if (advance.carriedFromId() != null) {
					carriedIds.put(advance.carriedFromId(), advance.id());
				}
			}
			int pendingLines = this.books.carryPending(previous.get().id(), newYearId, year.firstDay(), carriedIds);
			return (pendingLines > 0)
					? Map.of(this.texts.text("ledger.audit.carriedClassLines"), Integer.toString(pendingLines))
					: Map.of();
		};
	}

}
