package coop.occe.retkoop.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per identifiant typed (existing or not) and locks it for a while
 * after too many. Kept in the database so that every application node sees the same
 * count.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecurityProperties properties;

	LoginThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	public boolean isLocked(String login) {
		return this.jdbc.sql("SELECT locked_until FROM identity_login_failure WHERE login = ?")
			.param(login)
			.query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.map((until) -> until != null && until.isAfter(now()))
			.orElse(false);
	}

	/** Counts one failure; returns true when the identifiant is now locked. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String login) {
		OffsetDateTime now = now();
		// Failures older than the lock duration are forgotten.
		OffsetDateTime forgetBefore = now.minus(this.properties.lockDuration());
		int updated = this.jdbc.sql("""
				UPDATE identity_login_failure SET
				failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END,
				last_failure_at = ?
				WHERE login = ?""").params(forgetBefore, now, login).update();
		if (updated == 0) {
			try {
				this.jdbc.sql("INSERT INTO identity_login_failure (login, failures, last_failure_at) VALUES (?, 1, ?)")
					.params(login, now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				this.jdbc.sql(
						"UPDATE identity_login_failure SET failures = failures + 1, last_failure_at = ? WHERE login = ?")
					.params(now, login)
					.update();
			}
		}
		int locked = this.jdbc.sql("""
				UPDATE identity_login_failure SET locked_until = ?, failures = 0
				WHERE login = ? AND failures >= ?""")
			.params(now.plus(this.properties.lockDuration()), login, this.properties.maxFailedLogins())
			.update();
		return locked > 0;
	}

	public void clear(String login) {
		this.jdbc.sql("DELETE FROM identity_login_failure WHERE login = ?").param(login).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
