package coop.occe.retkoop.notifications;

import java.time.Duration;

import coop.occe.retkoop.platform.JobLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's safety net: mails whose first send failed, or whose sender died, are sent
 * again when due. One node of the cluster runs it at a time; the claim of each mail would
 * keep it from being sent twice anyway.
 */
@Component
class OutboxJob {

	private final OutboxSender sender;

	private final JobLock lock;

	OutboxJob(OutboxSender sender, JobLock lock) {
		this.sender = sender;
		this.lock = lock;
	}

	@Scheduled(cron = "${retkoop.mail.outbox-cron:15,45 * * * * *}")
	void sendDueMails() {
		this.lock.runExclusively("notifications.outbox", Duration.ofSeconds(10), Duration.ofMinutes(10),
				this.sender::sendDue);
	}

}
