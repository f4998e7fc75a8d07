package coop.occe.retkoop.ledger.web;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in mandataire's books of the current school year, for every page of the cash
 * book; a year not yet opened leads to the opening page ({@link YearNotOpenedException}).
 */
public final class OpenYear {

	private OpenYear() {
	}

	public static FiscalYear of(Ledger ledger) {
		Actor actor = CurrentActor.get();
		if (actor.cooperativeId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return ledger.fiscalYear(actor.cooperativeId(), ledger.currentYear()).orElseThrow(YearNotOpenedException::new);
	}

}
