package coop.occe.retkoop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.notifications.Mailer;
import coop.occe.retkoop.notifications.OutgoingMail;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lock-out of an account itself, only on evidence of a distributed attack (failures from
 * many sources). Its owner receives a single-use link that lifts the lock; the link is
 * passed to the mailer as a secret, so the outbox never shows it. Only a hash of its
 * token is stored. An unknown identifiant is locked the same way (without a mail), so
 * that the lock never tells which identifiants exist.
 */
@Component
public class AccountLocks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final SecurityProperties properties;

	private final String baseUrl;

	AccountLocks(JdbcClient jdbc, AccountRepository accounts, Mailer mailer, AuditTrail audit, MessageSource messages,
			Clock clock, SecurityProperties properties, @Value("${retkoop.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mailer = mailer;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
		this.baseUrl = baseUrl;
	}

	public boolean isLocked(String login) {
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_account_lock WHERE login = ? AND locked_until > ?")
			.params(login, now())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Locks the account (once: a lock in force is left as it is) and mails its owner the
	 * link that lifts it.
	 */
	void lock(String login) {
		OffsetDateTime now = now();
		this.jdbc.sql("DELETE FROM identity_account_lock WHERE login = ? AND locked_until <= ?")
			.params(login, now)
			.update();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			this.jdbc.sql("""
					INSERT INTO identity_account_lock (login, locked_at, locked_until, unlock_token_hash)
					VALUES (?, ?, ?, ?)""")
				.params(login, now, now.plus(this.properties.accountLockDuration()), hash(token))
				.update();
		}
		catch (DuplicateKeyException ex) {
			return;
		}
		Optional<Account> found = this.accounts.findByLogin(login);
		found.ifPresent((account) -> this.audit.recordAs(login, account.id(),
				AuditEvent.of("ACCOUNT_LOCKED", account.associationId(), account.cooperativeId(), account.login())));
		found.filter((account) -> account.email() != null && !account.email().isBlank()).ifPresent((account) -> {
			String link = this.baseUrl + "/connexion/debloquer/" + token;
			this.mailer.send(new OutgoingMail(account.associationId(), account.cooperativeId(), account.email(),
					message("mail.unlock.subject", account.login()), message("mail.unlock.body", account.displayName(),
							account.login(), link, this.properties.accountLockDuration().toMinutes()),
					List.of(link)));
		});
	}

	/** True while the unlock link can still be used. */
	public boolean isUsable(String token) {
		return loginOf(token).isPresent();
	}

	/**
	 * Lifts the lock the link was sent for, and forgets the failures that led to it;
	 * false if the link is unknown or the lock already gone.
	 */
	public boolean unlock(String token) {
		Optional<String> login = loginOf(token);
		if (login.isEmpty()) {
			return false;
		}
		int lifted = this.jdbc.sql("DELETE FROM identity_account_lock WHERE unlock_token_hash = ?")
			.param(hash(token))
			.update();
		if (lifted != 1) {
			return false;
		}
		this.jdbc.sql("DELETE FROM identity_login_throttle WHERE login = ?").param(login.get()).update();
		this.accounts.findByLogin(login.get())
			.ifPresent((account) -> this.audit.recordAs(account.login(), account.id(), AuditEvent.of("ACCOUNT_UNLOCKED",
					account.associationId(), account.cooperativeId(), account.login())));
		return true;
	}

	/** Lifts the lock without a link: the owner proved who they are another way. */
	void lift(String login) {
		this.jdbc.sql("DELETE FROM identity_account_lock WHERE login = ?").param(login).update();
	}

	private Optional<String> loginOf(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT login FROM identity_account_lock WHERE unlock_token_hash = ? AND locked_until > ?")
			.params(hash(token), now())
			.query(String.class)
			.optional();
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
