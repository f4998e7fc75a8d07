package coop.occe.retkoop.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts e-mails in the outbox. The mail is a row written in the caller's transaction: if
 * that transaction rolls back, no mail leaves. Once it commits, the mail is sent in the
 * background and retried with back-off until the SMTP server takes it (see
 * {@link OutboxSender}). Without an SMTP server (the embedded default) a mail is only
 * kept and logged, redacted, and AD staff read it in their outbox page.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> smtp;

	private final MailSeal seal;

	private final OutboxSender sender;

	private final Clock clock;

	private final MessageSource messages;

	Mailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, MailSeal seal, OutboxSender sender, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.smtp = smtp;
		this.seal = seal;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Queues the mail in the current transaction; it is sent after commit. A failure of
	 * the SMTP server is retried later, never thrown at the user.
	 */
	public void send(OutgoingMail mail) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (this.smtp.getIfAvailable() == null) {
			log.info("No SMTP server configured; mail to {} kept in the outbox:\n{}\n{}", mail.recipient(),
					mail.subject(), redacted(mail));
			this.jdbc
				.sql("""
						INSERT INTO notifications_mail (created_at, association_id, cooperative_id, recipient, subject, body, status)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(now, mail.associationId(), mail.cooperativeId(), mail.recipient(), mail.subject(),
						redacted(mail), MailStatus.OUTBOX_ONLY.name())
				.update();
			return;
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO notifications_mail (created_at, association_id, cooperative_id, recipient, subject, body,
				status, sealed_body, attempts, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(now, mail.associationId(), mail.cooperativeId(), mail.recipient(), mail.subject(), redacted(mail),
					MailStatus.PENDING.name(), this.seal.seal(mail.body()), now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Mailer.this.sender.sendSoon(id);
				}
			});
		}
		else {
			this.sender.sendSoon(id);
		}
	}

	/** Where a mail of the outbox stands. */
	enum MailStatus {

		/** Waiting for its first or next attempt. */
		PENDING,
		/** Taken by the SMTP server. */
		SENT,
		/** No SMTP server configured: kept in the outbox only. */
		OUTBOX_ONLY,
		/** Given up after the last attempt. */
		FAILED

	}

	/** The body the outbox keeps: secrets masked, as the message file says. */
	private String redacted(OutgoingMail mail) {
		return mail.redactedBody(this.messages.getMessage("mail.redacted", null, Locale.FRENCH));
	}

}
