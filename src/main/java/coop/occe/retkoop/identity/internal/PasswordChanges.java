package coop.occe.retkoop.identity.internal;

import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Actor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their own password.
 */
@Service
public class PasswordChanges {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final SessionTerminator sessions;

	PasswordChanges(AccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, SessionTerminator sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
	}

	public boolean currentPasswordMatches(Actor actor, String typed) {
		return typed != null && this.accounts.findById(actor.accountId())
			.map((account) -> this.encoder.matches(typed, account.passwordHash()))
			.orElse(false);
	}

	/**
	 * Sets the new password; every other session of the account and every open reset link
	 * die with the old one. The session {@code currentSessionId} stays open.
	 */
	@Transactional
	public void change(Actor actor, String newPassword, String currentSessionId) {
		this.accounts.changePassword(actor.accountId(), this.encoder.encode(newPassword));
		this.sessions.endOtherSessionsOf(actor.login(), currentSessionId);
		this.audit
			.record(AuditEvent.of("PASSWORD_CHANGED", actor.associationId(), actor.cooperativeId(), actor.login()));
	}

}
