package coop.occe.retkoop.membership.internal;

/**
 * Where an adhésion stands: the mandataire fills it in (brouillon), sends it, the AD
 * validates it or sends it back with a reason; the AD may reopen a validated one.
 */
public enum AdhesionState {

	DRAFT, SENT, VALIDATED, RETURNED;

	/** The mandataire may change classes, declarations and payment. */
	public boolean editableByMandatary() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * Handed back by the AD (sent back or reopened): the mandataire may correct it even
	 * outside the adhésion dates, otherwise nobody could fix it after September.
	 */
	public boolean editableOutsideTheDates() {
		return this == RETURNED;
	}

}
