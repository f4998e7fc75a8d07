package coop.occe.retkoop.identity.internal;

import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.Role;

/**
 * An account as stored.
 */
public record Account(long id, String login, String passwordHash, Role role, Long associationId, Long cooperativeId,
		String displayName, String email, boolean mustChangePassword, boolean enabled) {

	public Actor actor() {
		return new Actor(this.id, this.login, this.role, this.associationId, this.cooperativeId);
	}

}
