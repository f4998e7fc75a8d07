package coop.occe.retkoop.ledger.advances;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * A régie d'avance: money paid to a teacher, open until its expenses and the remainder
 * are brought back. A régie given to the teacher of a class book is spent line by line
 * from that book ({@code spent}); one still open on 31 August is carried into the next
 * year, where it has no payment entry but a {@code carriedFromId}.
 */
public record Advance(long id, String holder, Money amount, LocalDate openedOn, Long paymentEntryId, LocalDate closedOn,
		Long returnEntryId, int version, Long classBookId, Money spent, Long carriedFromId) {

	public boolean isOpen() {
		return this.closedOn == null;
	}

	/** What the teacher still holds: the amount less the expenses already accepted. */
	public Money remaining() {
		return this.amount.minus(this.spent);
	}

	/** Whether it came from the previous year rather than being paid this year. */
	public boolean isCarried() {
		return this.carriedFromId != null;
	}

}
