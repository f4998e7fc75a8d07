package coop.occe.retkoop.ledger.advances;

import java.util.List;

import coop.occe.retkoop.ledger.EntryChangeGuard;
import coop.occe.retkoop.shared.Problem;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An entry that pays or returns a régie is changed only through its régie. */
@Component
@Order(1)
class AdvanceEntryGuard implements EntryChangeGuard {

	private final AdvanceRepository advances;

	AdvanceEntryGuard(AdvanceRepository advances) {
		this.advances = advances;
	}

	@Override
	public List<Problem> problemsChanging(long entryId) {
		return this.advances.isAdvanceEntry(entryId) ? List.of(Problem.of(null, "ledger.entry.ofAdvance")) : List.of();
	}

}
