package coop.occe.retkoop.identity;

import java.security.SecureRandom;
import java.util.Optional;

import coop.occe.retkoop.identity.internal.Account;
import coop.occe.retkoop.identity.internal.AccountRepository;
import coop.occe.retkoop.identity.internal.LoginThrottle;
import coop.occe.retkoop.identity.internal.PasswordPolicy;
import coop.occe.retkoop.identity.internal.SessionTerminator;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of identity: create and maintain the accounts of
 * cooperatives and staff.
 */
@Service
public class Accounts {

	private static final char[] RANDOM_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
		.toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final SessionTerminator sessions;

	Accounts(AccountRepository accounts, LoginThrottle throttle, PasswordEncoder encoder, AuditTrail audit,
			SessionTerminator sessions) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
	}

	/**
	 * Creates the account of a new cooperative, with the seed's initial password ("coop"
	 * + number) or a random one, which the caller shows once.
	 */
	@Transactional
	public InitialPassword createCooperativeAccount(CooperativeAccount request, boolean randomPassword) {
		String login = request.identifiant().toString();
		InitialPassword initial = initialPassword(request.identifiant(), randomPassword);
		this.accounts.insert(login, this.encoder.encode(initial.value()), Role.MANDATARY, request.associationId(),
				request.cooperativeId(), request.displayName(), request.email(), true);
		return initial;
	}

	/**
	 * Keeps the account's contact in step with the directory (the reset mail goes there).
	 */
	@Transactional
	public void updateCooperativeContact(long cooperativeId, String displayName, String email) {
		this.accounts.updateCooperativeContact(cooperativeId, displayName, email);
	}

	@Transactional
	public void setCooperativeAccountEnabled(long cooperativeId, boolean enabled) {
		this.accounts.setCooperativeEnabled(cooperativeId, enabled);
		if (!enabled) {
			this.accounts.findByCooperative(cooperativeId).forEach((a) -> this.sessions.endSessionsOf(a.login()));
		}
	}

	/**
	 * Gives a cooperative a new initial password, to be changed at the next login, and
	 * lifts any lock-out.
	 */
	@Transactional
	public InitialPassword resetCooperativePassword(long associationId, long cooperativeId, Identifiant identifiant,
			boolean randomPassword) {
		InitialPassword initial = initialPassword(identifiant, randomPassword);
		this.accounts.resetCooperativePassword(cooperativeId, this.encoder.encode(initial.value()));
		this.sessions.endSessionsOf(identifiant.toString());
		this.throttle.clear(identifiant.toString());
		this.audit.record(AuditEvent.of("PASSWORD_RESET_BY_AD", associationId, cooperativeId, identifiant.toString()));
		return initial;
	}

	/**
	 * Creates a personal account (AD staff or federation admin) that logs in by e-mail.
	 */
	@Transactional
	public void createPersonAccount(String email, String displayName, Role role, Long associationId, String password,
			boolean mustChangePassword) {
		this.accounts.insert(Identifiant.normalizeLogin(email), this.encoder.encode(password), role, associationId,
				null, displayName, email, mustChangePassword);
	}

	/**
	 * Creates the personal account of a class teacher of a cooperative, who logs in by
	 * e-mail with a random initial password (shown once, changed at the first login).
	 * Returns the account's id and its initial password.
	 */
	@Transactional
	public TeacherAccount createClassTeacherAccount(String email, String displayName, long associationId,
			long cooperativeId) {
		String login = Identifiant.normalizeLogin(email);
		String password = randomPassword();
		this.accounts.insert(login, this.encoder.encode(password), Role.CLASS_TEACHER, associationId, cooperativeId,
				displayName, email.strip(), true);
		long id = this.accounts.findByLogin(login).orElseThrow().id();
		return new TeacherAccount(id, new InitialPassword(login, password, true));
	}

	/**
	 * Replaces an account's initial password by one of its owner's choice, as the forced
	 * change at the first login does: the initial password must match and the new one
	 * follow the password rules, and it need not be changed again. The demo data uses it
	 * to give the class teacher it invites a known password. False when nothing changed.
	 */
	@Transactional
	public boolean replaceInitialPassword(String login, String initialPassword, String newPassword) {
		String normalized = Identifiant.normalizeLogin(login);
		Optional<Account> account = this.accounts.findByLogin(normalized);
		if (account.isEmpty() || initialPassword == null
				|| !this.encoder.matches(initialPassword, account.get().passwordHash())
				|| !PasswordPolicy.check(normalized, newPassword).isEmpty()) {
			return false;
		}
		this.accounts.changePassword(account.get().id(), this.encoder.encode(newPassword));
		this.audit.record(AuditEvent.of("PASSWORD_CHANGED", account.get().associationId(),
				account.get().cooperativeId(), normalized));
		return true;
	}

	public boolean loginExists(String login) {
		return this.accounts.findByLogin(Identifiant.normalizeLogin(login)).isPresent();
	}

	private static InitialPassword initialPassword(Identifiant identifiant, boolean random) {
		if (!random) {
			return new InitialPassword(identifiant.toString(), identifiant.defaultInitialPassword(), false);
		}
		return new InitialPassword(identifiant.toString(), randomPassword(), true);
	}

	/**
	 * Twelve characters without look-alikes (no 0/O, 1/l/I), to read out on the phone.
	 */
	public static String randomPassword() {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			value.append(RANDOM_ALPHABET[RANDOM.nextInt(RANDOM_ALPHABET.length)]);
		}
		return value.toString();
	}

	/** A class teacher's new account and its initial password. */
	public record TeacherAccount(long accountId, InitialPassword initialPassword) {

	}

	/** What the directory knows of a cooperative when its account is created. */
	public record CooperativeAccount(Identifiant identifiant, long associationId, long cooperativeId,
			String displayName, String email) {

	}

}
