package coop.occe.retkoop.ledger.pointing;

import java.time.format.DateTimeFormatter;
import java.util.List;

import coop.occe.retkoop.ledger.EntryChangeGuard;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * An entry found on a bank statement is what the bank did: it is neither corrected nor
 * cancelled until it is taken off the statement.
 */
@Component
class PointedEntryGuard implements EntryChangeGuard {

	private final PointingRepository repository;

	PointedEntryGuard(PointingRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<Problem> problemsChanging(long entryId) {
		return this.repository.statementDateOf(entryId)
			.map((date) -> List.of(Problem.of(null, "ledger.pointing.entryPointed",
					date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))))
			.orElse(List.of());
	}

}
