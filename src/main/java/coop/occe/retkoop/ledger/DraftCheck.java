package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.shared.Problem;

/**
 * A feature's own check of a draft (the project it is tagged with exists), added to the
 * core's checks of every draft.
 */
public interface DraftCheck {

	List<Problem> check(FiscalYear year, EntryDraft draft);

}
