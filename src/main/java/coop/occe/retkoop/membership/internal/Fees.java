package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.shared.Money;

/**
 * The lines of the fee block, each already rounded to the cent; the total is their sum.
 * The federal share is what the AD owes the federation: shown to the AD, not added.
 */
public record Fees(int pupils, int adults, Money adhesion, Money insurance, Money property, Money instruments,
		Money review, Money voluntary, Money federalShare) {

	public int cooperators() {
		return this.pupils + this.adults;
	}

	/** "-----> 125,05 €": the adhésion subtotal. */
	public Money adhesionSubtotal() {
		return this.adhesion;
	}

	/** The insurance subtotal: coopérateurs, goods and instruments. */
	public Money insuranceSubtotal() {
		return this.insurance.plus(this.property).plus(this.instruments);
	}

	/** "Montant à régler, assurance comprise". */
	public Money total() {
		return this.adhesion.plus(this.insurance)
			.plus(this.property)
			.plus(this.instruments)
			.plus(this.review)
			.plus(this.voluntary);
	}

}
