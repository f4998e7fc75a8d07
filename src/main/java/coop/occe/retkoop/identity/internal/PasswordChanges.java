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

	PasswordChanges(AccountRepository accounts, PasswordEncoder encoder, AuditTrail audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
	}

	public boolean currentPasswordMatches(Actor actor, String typed) {
		return typed != null && this.accounts.findById(actor.accountId())
			.map((account) -> this.encoder.matches(typed, account.passwordHash()))
			.orElse(false);
	}

	@Transactional
	public void change(Actor actor, String newPassword) {
		this.accounts.changePassword(actor.accountId(), this.encoder.encode(newPassword));
		this.audit
			.record(AuditEvent.of("PASSWORD_CHANGED", actor.associationId(), actor.cooperativeId(), actor.login()));
	}

}
