package coop.occe.retkoop.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guesses per identifiant typed (existing or not) and per source
 * address. Kept in the database so that every application node sees the same counts.
 * <p>
 * Each attempt is first <em>reserved</em> by one conditional UPDATE that the database
 * serialises on the row: of any number of parallel attempts, on any number of nodes, at
 * most {@code maxFailedLogins} get a password checked before the pair is blocked. A block
 * lasts {@code lockDuration}, doubling at each new block of the same pair. The account
 * itself is locked only when failures come from {@code distributedSources} different
 * sources (see {@link AccountLocks}).
 * <p>
 * Statements run outside any transaction (each commits at once), so that the reservation
 * is visible to the other attempts before the password is checked.
 */
@Component
public class LoginThrottle {

	/** What the throttle says about an attempt. */
	public enum Verdict {

		/** The attempt may check the password. */
		RESERVED,
		/** Too many failures of this identifiant from this source: not checked. */
		BLOCKED,
		/** The account is locked after a distributed attack: not checked. */
		ACCOUNT_LOCKED

	}

	/** What a failure led to. */
	public enum Outcome {

		FAILED, BLOCKED, ACCOUNT_LOCKED

	}

	static final int MAX_SOURCE_LENGTH = 60;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecurityProperties properties;

	private final AccountLocks accountLocks;

	LoginThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties, AccountLocks accountLocks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.accountLocks = accountLocks;
	}

	/** Reserves one attempt of {@code login} from {@code source}, or says why not. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Verdict reserve(String login, String source) {
		String from = source(source);
		OffsetDateTime now = now();
		if (this.accountLocks.isLocked(login)) {
			return Verdict.ACCOUNT_LOCKED;
		}
		ensureRow(login, from, now);
		OffsetDateTime forgetAttempts = now.minus(this.properties.lockDuration());
		OffsetDateTime forgetBlocks = now.minus(this.properties.maxBlock());
		int reserved = this.jdbc
			.sql("""
					UPDATE identity_login_throttle SET
					attempts = CASE WHEN last_attempt_at < :forget OR blocked_until IS NOT NULL THEN 1 ELSE attempts + 1 END,
					locks = CASE WHEN last_attempt_at < :forgetBlocks THEN 0 ELSE locks END,
					blocked_until = NULL,
					last_attempt_at = :now
					WHERE login = :login AND source = :source
					AND (blocked_until IS NULL OR blocked_until <= :now)
					AND (attempts < :max OR last_attempt_at < :forget OR blocked_until IS NOT NULL)""")
			.param("forget", forgetAttempts)
			.param("forgetBlocks", forgetBlocks)
			.param("now", now)
			.param("login", login)
			.param("source", from)
			.param("max", this.properties.maxFailedLogins())
			.update();
		return (reserved == 1) ? Verdict.RESERVED : Verdict.BLOCKED;
	}

	/**
	 * Records that the reserved attempt failed: blocks the pair once it has used up its
	 * attempts, and locks the account when failures come from many sources.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Outcome recordFailure(String login, String source) {
		String from = source(source);
		OffsetDateTime now = now();
		Outcome outcome = Outcome.FAILED;
		Integer locks = this.jdbc.sql("""
				SELECT locks FROM identity_login_throttle
				WHERE login = ? AND source = ? AND attempts >= ? AND blocked_until IS NULL""")
			.params(login, from, this.properties.maxFailedLogins())
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (locks != null) {
			int blocked = this.jdbc.sql("""
					UPDATE identity_login_throttle SET blocked_until = ?, locks = locks + 1
					WHERE login = ? AND source = ? AND attempts >= ? AND blocked_until IS NULL""")
				.params(now.plus(this.properties.block(locks)), login, from, this.properties.maxFailedLogins())
				.update();
			if (blocked > 0) {
				outcome = Outcome.BLOCKED;
			}
		}
		long sources = this.jdbc.sql(
				"SELECT COUNT(*) FROM identity_login_throttle WHERE login = ? AND attempts > 0 AND last_attempt_at > ?")
			.params(login, now.minus(this.properties.distributedWindow()))
			.query(Long.class)
			.single();
		if (sources >= this.properties.distributedSources()) {
			this.accountLocks.lock(login);
			outcome = Outcome.ACCOUNT_LOCKED;
		}
		return outcome;
	}

	/** Forgets the failures of {@code login} from {@code source}: its owner got in. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void succeeded(String login, String source) {
		this.jdbc.sql("DELETE FROM identity_login_throttle WHERE login = ? AND source = ?")
			.params(login, source(source))
			.update();
	}

	/** Forgets every failure of {@code login}, from every source, and lifts its lock. */
	public void clear(String login) {
		this.jdbc.sql("DELETE FROM identity_login_throttle WHERE login = ?").param(login).update();
		this.accountLocks.lift(login);
	}

	private void ensureRow(String login, String source, OffsetDateTime now) {
		boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM identity_login_throttle WHERE login = ? AND source = ?")
			.params(login, source)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			try {
				this.jdbc.sql("""
						INSERT INTO identity_login_throttle (login, source, attempts, locks, last_attempt_at)
						VALUES (?, ?, 0, 0, ?)""").params(login, source, now).update();
			}
			catch (DuplicateKeyException ex) {
				// Another attempt created it at the same moment: fine.
			}
		}
	}

	private static String source(String source) {
		if (source == null || source.isBlank()) {
			return "?";
		}
		return (source.length() > MAX_SOURCE_LENGTH) ? source.substring(0, MAX_SOURCE_LENGTH) : source;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
