package coop.occe.retkoop.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import coop.occe.retkoop.notifications.Mailer.MailStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's mails: right after the commit that queued them, and again from a
 * scheduled job for those whose send failed (back-off from one minute doubling up to two
 * hours, given up after {@value #MAX_ATTEMPTS} attempts) or whose sender died.
 * <p>
 * A mail is claimed by one conditional UPDATE before it is sent, so that two threads or
 * two nodes never send it twice; a claim is a lease that expires, so a mail claimed by a
 * node that crashed is sent again later (at least once, never twice while nodes live).
 */
@Component
class OutboxSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final int MAX_ATTEMPTS = 8;

	static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	static final Duration MAX_DELAY = Duration.ofHours(2);

	/** How long a claim holds: more than an SMTP send may take with its timeouts. */
	static final Duration LEASE = Duration.ofMinutes(5);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> smtp;

	private final MailSeal seal;

	private final Clock clock;

	private final String from;

	private final ExecutorService background;

	OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, MailSeal seal, Clock clock,
			@Value("${retkoop.mail-from:retkoop@localhost}") String from) {
		this.jdbc = jdbc;
		this.smtp = smtp;
		this.seal = seal;
		this.clock = clock;
		this.from = from;
		AtomicInteger threads = new AtomicInteger();
		this.background = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "mail-outbox-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Sends the mail in the background, outside the request that queued it. */
	void sendSoon(long id) {
		this.background.execute(() -> {
			try {
				sendOne(id);
			}
			catch (RuntimeException ex) {
				log.warn("Mail {} could not be handled now; the outbox job will retry it", id, ex);
			}
		});
	}

	/** Sends every mail that is due; returns how many were sent. */
	int sendDue() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Long> due = this.jdbc.sql("""
				SELECT id FROM notifications_mail
				WHERE status = ? AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
				ORDER BY next_attempt_at, id""").params(MailStatus.PENDING.name(), now, now).query(Long.class).list();
		int sent = 0;
		for (Long id : due.subList(0, Math.min(BATCH, due.size()))) {
			if (sendOne(id)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Claims the mail, sends it and records the outcome; false if another sender had it,
	 * it was not due, or the send failed.
	 */
	boolean sendOne(long id) {
		JavaMailSender server = this.smtp.getIfAvailable();
		if (server == null) {
			return false;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String claim = UUID.randomUUID().toString();
		int claimed = this.jdbc
			.sql("""
					UPDATE notifications_mail SET claimed_until = ?, claim_token = ?
					WHERE id = ? AND status = ? AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)""")
			.params(now.plus(LEASE), claim, id, MailStatus.PENDING.name(), now, now)
			.update();
		if (claimed != 1) {
			return false;
		}
		Optional<Claimed> mail = this.jdbc.sql(
				"SELECT recipient, subject, sealed_body, attempts FROM notifications_mail WHERE id = ? AND claim_token = ?")
			.params(id, claim)
			.query((rs, i) -> new Claimed(rs.getString("recipient"), rs.getString("subject"),
					rs.getBytes("sealed_body"), rs.getInt("attempts")))
			.optional();
		if (mail.isEmpty()) {
			return false;
		}
		Claimed m = mail.get();
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(m.recipient());
			message.setSubject(m.subject());
			message.setText(this.seal.open(m.sealedBody()));
			server.send(message);
		}
		catch (MailException | IllegalStateException ex) {
			failed(id, claim, m.attempts() + 1, ex);
			return false;
		}
		this.jdbc.sql("""
				UPDATE notifications_mail SET status = ?, sent_at = ?, attempts = attempts + 1, sealed_body = NULL,
				claimed_until = NULL, claim_token = NULL, next_attempt_at = NULL, last_error = NULL
				WHERE id = ? AND claim_token = ?""")
			.params(MailStatus.SENT.name(), OffsetDateTime.now(this.clock), id, claim)
			.update();
		return true;
	}

	private void failed(long id, String claim, int attempts, RuntimeException ex) {
		String error = truncate(ex.getClass().getSimpleName() + ": " + ex.getMessage(), 500);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (attempts >= MAX_ATTEMPTS) {
			log.warn("Mail {} given up after {} attempts: {}", id, attempts, error);
			this.jdbc.sql("""
					UPDATE notifications_mail SET status = ?, attempts = ?, sealed_body = NULL, claimed_until = NULL,
					claim_token = NULL, next_attempt_at = NULL, last_error = ?
					WHERE id = ? AND claim_token = ?""")
				.params(MailStatus.FAILED.name(), attempts, error, id, claim)
				.update();
			return;
		}
		OffsetDateTime next = now.plus(delayAfter(attempts));
		log.warn("Mail {} could not be sent (attempt {}), next attempt at {}: {}", id, attempts, next, error);
		this.jdbc
			.sql("""
					UPDATE notifications_mail SET attempts = ?, next_attempt_at = ?, claimed_until = NULL, claim_token = NULL,
					last_error = ?
					WHERE id = ? AND claim_token = ?""")
			.params(attempts, next, error, id, claim)
			.update();
	}

	/**
	 * The wait after the given number of failed attempts: 1, 2, 4 … minutes, at most 2 h.
	 */
	static Duration delayAfter(int failedAttempts) {
		int doublings = Math.min(failedAttempts - 1, 20);
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.max(doublings, 0));
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

	@Override
	public void destroy() {
		this.background.shutdown();
	}

	private record Claimed(String recipient, String subject, byte[] sealedBody, int attempts) {

	}

}
