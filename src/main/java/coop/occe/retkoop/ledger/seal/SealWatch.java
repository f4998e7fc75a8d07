package coop.occe.retkoop.ledger.seal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.seal.SealRepository.StoredSeal;
import coop.occe.retkoop.notifications.Mailer;
import coop.occe.retkoop.notifications.OutgoingMail;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.platform.JobLock;
import coop.occe.retkoop.platform.Texts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every day, on one node of the cluster, checks the latest seal of every closed year and
 * reports a broken one to the AD (a mail to the association and a line in its audit
 * trail), once per seal: the seal remembers it was reported.
 */
@Component
class SealWatch {

	static final String JOB = "ledger.seal-check";

	private final SealRepository repository;

	private final Seals seals;

	private final Directory directory;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final Texts texts;

	private final JobLock lock;

	private final Clock clock;

	private final TransactionTemplate transaction;

	SealWatch(SealRepository repository, Seals seals, Directory directory, Mailer mailer, AuditTrail audit, Texts texts,
			JobLock lock, Clock clock, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.seals = seals;
		this.directory = directory;
		this.mailer = mailer;
		this.audit = audit;
		this.texts = texts;
		this.lock = lock;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${retkoop.ledger.seal-check-cron:0 40 3 * * *}")
	void scheduled() {
		run();
	}

	/** One run under the job's lock; true when it ran on this node. */
	boolean run() {
		return this.lock.runExclusively(JOB, Duration.ofMinutes(5), Duration.ofHours(2), this::checkAll);
	}

	/** Checks every watched seal; answers how many broken seals were reported now. */
	int checkAll() {
		int reported = 0;
		List<StoredSeal> watched = this.repository.toWatch();
		for (StoredSeal seal : watched) {
			SealCheck check = this.seals.verify(seal);
			if (check.broken() && report(seal, check)) {
				reported++;
			}
		}
		return reported;
	}

	private boolean report(StoredSeal seal, SealCheck check) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.repository.markReported(seal.id(), OffsetDateTime.now(this.clock))) {
				return false;
			}
			Optional<CooperativeSummary> coop = this.directory.cooperative(seal.cooperativeId());
			String coopName = coop.map((c) -> c.number() + " " + c.name()).orElse("#" + seal.cooperativeId());
			String finding = this.texts.text(check.messageCode(), check.arguments().toArray());
			this.audit.record(AuditEvent
				.of("LEDGER_SEAL_BROKEN", seal.associationId(), seal.cooperativeId(),
						this.texts.text("ledger.seal.audit.target", coopName, seal.year().label()))
				.withChanges(Map.of(), Map.of(this.texts.text("ledger.seal.audit.finding"), finding)));
			this.directory.association(seal.associationId())
				.map(AssociationSummary::email)
				.filter((email) -> email != null && !email.isBlank())
				.ifPresent((email) -> this.mailer.send(new OutgoingMail(seal.associationId(), seal.cooperativeId(),
						email, this.texts.text("ledger.seal.mail.subject", coopName, seal.year().label()),
						this.texts.text("ledger.seal.mail.body", coopName, seal.year().label(), finding))));
			return true;
		}));
	}

}
