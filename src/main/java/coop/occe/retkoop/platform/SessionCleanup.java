package coop.occe.retkoop.platform;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired HTTP sessions, on one node of the cluster per run. Spring Session's own
 * schedule is switched off ({@code spring.session.jdbc.cleanup-cron: "-"}) because it
 * runs on every node.
 */
@Component
class SessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	private final JobLock lock;

	SessionCleanup(JdbcIndexedSessionRepository sessions, JobLock lock) {
		this.sessions = sessions;
		this.lock = lock;
	}

	@Scheduled(cron = "${retkoop.session-cleanup-cron:0 */5 * * * *}")
	void deleteExpiredSessions() {
		this.lock.runExclusively("platform.session-cleanup", Duration.ofSeconds(30), Duration.ofMinutes(10),
				this.sessions::cleanUpExpiredSessions);
	}

}
