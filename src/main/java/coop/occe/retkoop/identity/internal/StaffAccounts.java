package coop.occe.retkoop.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.identity.Identifiant;
import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AD staff add colleagues (login by e-mail, random initial password shown once) and
 * switch off the accounts of those who left. Nobody can switch off their own account.
 */
@Service
public class StaffAccounts {

	/** The width of the name column. */
	static final int MAX_LENGTH = 200;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final AccountRepository accounts;

	private final Accounts api;

	private final AuditTrail audit;

	private final SessionTerminator sessions;

	private final MessageSource messages;

	StaffAccounts(AccountRepository accounts, Accounts api, AuditTrail audit, SessionTerminator sessions,
			MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.api = api;
		this.audit = audit;
		this.sessions = sessions;
	}

	public List<Account> of(long associationId) {
		return this.accounts.staffOf(associationId);
	}

	/**
	 * Problems of a new colleague's name and e-mail, as field name and message key pairs.
	 */
	public List<String[]> check(String name, String email) {
		List<String[]> problems = new ArrayList<>();
		if (name.isBlank()) {
			problems.add(new String[] { "name", "staff.name.required" });
		}
		else if (name.strip().length() > MAX_LENGTH) {
			problems.add(new String[] { "name", "staff.name.tooLong" });
		}
		if (email.length() > Identifiant.MAX_LOGIN_LENGTH) {
			problems.add(new String[] { "email", "staff.email.tooLong" });
		}
		else if (!EMAIL.matcher(email).matches()) {
			problems.add(new String[] { "email", "staff.email.format" });
		}
		else if (this.api.loginExists(email)) {
			problems.add(new String[] { "email", "staff.email.taken" });
		}
		return problems;
	}

	@Transactional
	public InitialPassword add(long associationId, String name, String email) {
		String login = email.strip().toLowerCase(Locale.ROOT);
		String password = Accounts.randomPassword();
		this.api.createPersonAccount(login, name.strip(), Role.AD_STAFF, associationId, password, true);
		this.audit.record(AuditEvent.of("STAFF_ADDED", associationId, null, login)
			.withChanges(Map.of(), Map.of(text("identity.audit.field.name"), name.strip(),
					text("identity.audit.field.email"), login)));
		return new InitialPassword(login, password, true);
	}

	/**
	 * Switches an account of the association on or off; false if it is not one of its
	 * staff.
	 */
	@Transactional
	public boolean setEnabled(long associationId, long accountId, boolean enabled, long actingAccountId) {
		Account account = this.accounts.findById(accountId)
			.filter((a) -> a.role() == Role.AD_STAFF && Long.valueOf(associationId).equals(a.associationId()))
			.orElse(null);
		if (account == null || account.id() == actingAccountId) {
			return false;
		}
		this.accounts.setEnabled(accountId, enabled);
		if (!enabled) {
			this.sessions.endSessionsOf(account.login());
		}
		this.audit
			.record(AuditEvent.of(enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", associationId, null, account.login()));
		return true;
	}

	private String text(String code) {
		return this.messages.getMessage(code, null, Locale.FRENCH);
	}

}
