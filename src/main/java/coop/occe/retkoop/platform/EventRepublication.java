package coop.occe.retkoop.platform;

import java.time.Duration;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events whose listener failed or whose node died
 * before it finished (publications still incomplete after a while), on one node of the
 * cluster per run.
 */
@Component
class EventRepublication {

	static final Duration GRACE = Duration.ofMinutes(5);

	private final IncompleteEventPublications publications;

	private final JobLock lock;

	EventRepublication(IncompleteEventPublications publications, JobLock lock) {
		this.publications = publications;
		this.lock = lock;
	}

	@Scheduled(cron = "${retkoop.events-republication-cron:30 */5 * * * *}")
	void republishIncompleteEvents() {
		this.lock.runExclusively("platform.event-republication", Duration.ofSeconds(30), Duration.ofMinutes(10),
				() -> this.publications.resubmitIncompletePublicationsOlderThan(GRACE));
	}

}
