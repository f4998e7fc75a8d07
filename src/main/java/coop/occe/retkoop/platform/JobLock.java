package coop.occe.retkoop.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node of the cluster at a time. Every node fires its
 * schedules; the first to take the job's row in {@code platform_job_lock} (one
 * conditional UPDATE, or the INSERT of a job never run) runs it, the others skip that
 * run. The lock is a lease: held at most {@code atMost} (a node that dies frees it then)
 * and at least {@code atLeast} (a node whose clock is a little late does not run the same
 * firing again once the first has finished).
 */
@Component
public class JobLock {

	private static final Logger log = LoggerFactory.getLogger(JobLock.class);

	private final JdbcClient jdbc;

	/** Wall time, not the application's clock: leases are about real time passing. */
	private final Clock clock = Clock.systemUTC();

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs the job if no other node holds it; true if it ran here. */
	public boolean runExclusively(String job, Duration atLeast, Duration atMost, Runnable work) {
		OffsetDateTime start = OffsetDateTime.now(this.clock);
		String holder = this.node + "/" + UUID.randomUUID();
		if (!acquire(job, holder, start, start.plus(atMost))) {
			log.debug("Job {} skipped: held by a node", job);
			return false;
		}
		log.debug("Job {} runs on this node", job);
		try {
			work.run();
		}
		finally {
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			OffsetDateTime keepUntil = start.plus(atLeast);
			this.jdbc.sql("UPDATE platform_job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?")
				.params(keepUntil.isAfter(now) ? keepUntil : now, job, holder)
				.update();
		}
		return true;
	}

	private boolean acquire(String job, String holder, OffsetDateTime now, OffsetDateTime until) {
		int taken = this.jdbc
			.sql("UPDATE platform_job_lock SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
			.params(until, holder, job, now)
			.update();
		if (taken == 1) {
			return true;
		}
		try {
			return this.jdbc.sql("INSERT INTO platform_job_lock (name, locked_until, locked_by) VALUES (?, ?, ?)")
				.params(job, until, holder)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
