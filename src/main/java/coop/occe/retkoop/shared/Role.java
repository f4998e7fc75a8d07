package coop.occe.retkoop.shared;

/**
 * What a signed-in person may do. A mandataire acts for one cooperative, AD staff for one
 * association, a federation admin for all of them.
 */
public enum Role {

	MANDATARY, AD_STAFF, FEDERATION_ADMIN,

	/** A teacher who keeps the cash book of one class of one cooperative. */
	CLASS_TEACHER;

	public String authority() {
		return "ROLE_" + name();
	}

}
