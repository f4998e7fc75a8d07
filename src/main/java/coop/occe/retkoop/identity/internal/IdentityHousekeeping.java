package coop.occe.retkoop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets old failed-login counters and spent or expired reset links. Each run is one
 * idempotent DELETE per table, so every node may run it without coordination.
 */
@Component
class IdentityHousekeeping {

	private static final Duration KEEP = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdentityHousekeeping(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${retkoop.security.housekeeping-cron:0 17 * * * *}")
	void forgetOldRecords() {
		OffsetDateTime before = OffsetDateTime.now(this.clock).minus(KEEP);
		this.jdbc.sql(
				"DELETE FROM identity_login_throttle WHERE last_attempt_at < ? AND (blocked_until IS NULL OR blocked_until < ?)")
			.params(before, before)
			.update();
		this.jdbc.sql("DELETE FROM identity_account_lock WHERE locked_until < ?").param(before).update();
		this.jdbc.sql("DELETE FROM identity_password_reset WHERE expires_at < ?").param(before).update();
	}

}
