package coop.occe.retkoop.shared;

import java.io.Serial;
import java.io.Serializable;

/**
 * The signed-in person as every module sees it. Kept in the HTTP session (hence
 * serializable), so it holds ids only, never names that could change.
 */
public record Actor(long accountId, String login, Role role, Long associationId,
		Long cooperativeId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public boolean isMandatary() {
		return this.role == Role.MANDATARY;
	}

	public boolean isAssociationStaff() {
		return this.role == Role.AD_STAFF;
	}

	public boolean isFederationAdmin() {
		return this.role == Role.FEDERATION_ADMIN;
	}

	/** True when this person may act as AD staff for the given association. */
	public boolean mayManageAssociation(long associationId) {
		return isFederationAdmin()
				|| (isAssociationStaff() && this.associationId != null && this.associationId == associationId);
	}

}
