package coop.occe.retkoop.shared;

/**
 * What a signed-in person may do. A mandataire acts for one cooperative, AD staff for one
 * association, a federation admin for all of them.
 */
public enum Role {

	MANDATARY, AD_STAFF, FEDERATION_ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
