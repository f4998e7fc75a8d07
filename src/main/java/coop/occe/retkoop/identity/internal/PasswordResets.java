package coop.occe.retkoop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import coop.occe.retkoop.identity.Identifiant;
import coop.occe.retkoop.notifications.Mailer;
import coop.occe.retkoop.notifications.OutgoingMail;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mot de passe oublié ?": a single-use link, valid for a limited time, e-mailed to the
 * account's address. Only a hash of the token is stored.
 */
@Service
public class PasswordResets {

	private static final SecureRandom RANDOM = new SecureRandom();

	static final Duration RESEND_DELAY = Duration.ofMinutes(2);

	static final int MAX_TYPED_LOGIN = 200;

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final SecurityProperties properties;

	private final String baseUrl;

	private final ApplicationEventPublisher events;

	private final SessionTerminator sessions;

	PasswordResets(JdbcClient jdbc, AccountRepository accounts, LoginThrottle throttle, PasswordEncoder encoder,
			Mailer mailer, AuditTrail audit, MessageSource messages, Clock clock, SecurityProperties properties,
			@Value("${retkoop.base-url}") String baseUrl, ApplicationEventPublisher events,
			SessionTerminator sessions) {
		this.events = events;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.throttle = throttle;
		this.encoder = encoder;
		this.mailer = mailer;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
		this.baseUrl = baseUrl;
	}

	/**
	 * Records the request and answers at once; the link is made and mailed after commit,
	 * in the background ({@link PasswordResetMail}). Both branches (known identifiant or
	 * not) do the same work here, one event publication, so neither the answer nor its
	 * time tells which identifiants exist.
	 */
	@Transactional
	public void request(String typedLogin) {
		// No identifiant is that long: such a request names no account, and must not
		// overflow the event's column either.
		boolean possible = typedLogin != null && typedLogin.length() <= MAX_TYPED_LOGIN;
		this.events.publishEvent(new PasswordResetRequested(possible ? typedLogin : ""));
	}

	/**
	 * Sends a reset link if the identifiant belongs to an active account with an e-mail
	 * address, at most one every {@link #RESEND_DELAY}.
	 */
	@Transactional
	void sendLink(String typedLogin) {
		String login = Identifiant.normalizeLogin(typedLogin);
		Optional<Account> found = this.accounts.findByLogin(login)
			.filter(Account::enabled)
			.filter((account) -> account.email() != null && !account.email().isBlank());
		if (found.isEmpty()) {
			return;
		}
		Account account = found.get();
		// Requests for one account are handled one at a time, so that two at once do not
		// both find no recent mail.
		this.jdbc.sql("SELECT id FROM identity_account WHERE id = ? FOR UPDATE")
			.param(account.id())
			.query(Long.class)
			.single();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// One mail every few minutes at most, so that nobody can flood a school's
		// mailbox.
		boolean recentlySent = this.jdbc
			.sql("SELECT COUNT(*) FROM identity_password_reset WHERE account_id = ? AND created_at > ?")
			.params(account.id(), now.minus(RESEND_DELAY))
			.query(Long.class)
			.single() > 0;
		if (recentlySent) {
			return;
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				INSERT INTO identity_password_reset (token_hash, account_id, created_at, expires_at)
				VALUES (?, ?, ?, ?)""")
			.params(hash(token), account.id(), now, now.plus(this.properties.resetLinkValidity()))
			.update();
		String link = this.baseUrl + "/mot-de-passe-oublie/" + token;
		long minutes = this.properties.resetLinkValidity().toMinutes();
		this.mailer.send(new OutgoingMail(account.associationId(), account.cooperativeId(), account.email(),
				message("mail.reset.subject", account.login()),
				message("mail.reset.body", account.displayName(), account.login(), link, minutes), List.of(link)));
		this.audit.recordAs(login, account.id(), AuditEvent.of("PASSWORD_RESET_REQUESTED", account.associationId(),
				account.cooperativeId(), account.login()));
	}

	/** True while the link can still be used. */
	public boolean isUsable(String token) {
		return findUsable(token).isPresent();
	}

	/**
	 * Sets the new password and spends the link, every other link of the account and
	 * every session of the account; returns false if the link was already used, has
	 * expired or never existed. The policy must have been checked before.
	 */
	@Transactional
	public boolean complete(String token, String newPassword) {
		Optional<Account> account = findUsable(token);
		if (account.isEmpty()) {
			return false;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// Spending the link and checking it is still unspent happen in one statement, so
		// a link clicked twice at the same moment works once.
		int spent = this.jdbc.sql("""
				UPDATE identity_password_reset SET used_at = ?
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""").params(now, hash(token), now).update();
		if (spent != 1) {
			return false;
		}
		Account owner = account.get();
		// The other links of the account die with the old password (changePassword), and
		// so does every session opened with it.
		this.accounts.changePassword(owner.id(), this.encoder.encode(newPassword));
		this.sessions.endSessionsOf(owner.login());
		this.throttle.clear(owner.login());
		this.audit.recordAs(owner.login(), owner.id(),
				AuditEvent.of("PASSWORD_RESET_COMPLETED", owner.associationId(), owner.cooperativeId(), owner.login()));
		return true;
	}

	public Optional<String> loginOf(String token) {
		return findUsable(token).map(Account::login);
	}

	private Optional<Account> findUsable(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT account_id FROM identity_password_reset
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
			.params(hash(token), OffsetDateTime.now(this.clock))
			.query(Long.class)
			.optional()
			.flatMap(this.accounts::findById)
			.filter(Account::enabled);
	}

	private String message(String key, Object... args) {
		// Run in the background, where no request tells the locale.
		return this.messages.getMessage(key, args, Locale.FRANCE);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
