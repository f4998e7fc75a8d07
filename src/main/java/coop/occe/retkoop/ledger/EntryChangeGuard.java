package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.shared.Problem;

/**
 * A feature that owns some entries of the cash book (a régie's payment, a cheque on a
 * deposit slip) and says whether the mandataire may still correct or cancel one of them.
 * The core asks every guard before it corrects or cancels an entry.
 */
public interface EntryChangeGuard {

	/** The reasons the entry may not be corrected nor cancelled; empty when it may. */
	List<Problem> problemsChanging(long entryId);

}
