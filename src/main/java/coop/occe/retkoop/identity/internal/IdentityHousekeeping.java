package coop.occe.retkoop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import coop.occe.retkoop.platform.JobLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets old failed-login counters and spent or expired reset links, on one node of the
 * cluster per run (each run is idempotent anyway).
 */
@Component
class IdentityHousekeeping {

	private static final Duration KEEP = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JobLock lock;

	IdentityHousekeeping(JdbcClient jdbc, Clock clock, JobLock lock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lock = lock;
	}

	@Scheduled(cron = "${retkoop.security.housekeeping-cron:0 17 * * * *}")
	void run() {
		this.lock.runExclusively("identity.housekeeping", Duration.ofMinutes(1), Duration.ofMinutes(30),
				this::forgetOldRecords);
	}

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
