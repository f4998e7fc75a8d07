package coop.occe.retkoop.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends e-mails. Without an SMTP server (the embedded default) a mail is only recorded
 * and logged, and AD staff read it in their outbox page.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	Mailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${retkoop.mail-from:retkoop@localhost}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * Sends the mail now; a failure of the SMTP server is recorded, never thrown at the
	 * user.
	 */
	public void send(OutgoingMail mail) {
		MailStatus status = deliver(mail);
		this.jdbc
			.sql("""
					INSERT INTO notifications_mail (created_at, association_id, cooperative_id, recipient, subject, body, status)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(this.clock), mail.associationId(), mail.cooperativeId(), mail.recipient(),
					mail.subject(), mail.redactedBody(), status.name())
			.update();
	}

	private MailStatus deliver(OutgoingMail mail) {
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			log.info("No SMTP server configured; mail to {} kept in the outbox:\n{}\n{}", mail.recipient(),
					mail.subject(), mail.redactedBody());
			return MailStatus.OUTBOX_ONLY;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			smtp.send(message);
			return MailStatus.SENT;
		}
		catch (MailException ex) {
			log.warn("Mail to {} could not be sent: {}", mail.recipient(), ex.getMessage());
			return MailStatus.FAILED;
		}
	}

	enum MailStatus {

		SENT, OUTBOX_ONLY, FAILED

	}

}
