package coop.occe.retkoop.ledger;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * A régie d'avance: money paid to a teacher, open until its expenses and the remainder
 * are brought back.
 */
public record Advance(long id, String holder, Money amount, LocalDate openedOn, long paymentEntryId, LocalDate closedOn,
		Long returnEntryId, int version) {

	public boolean isOpen() {
		return this.returnEntryId == null;
	}

}
