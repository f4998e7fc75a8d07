package coop.occe.retkoop.notifications.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The e-mails sent for an association's cooperatives, newest first, each with where it
 * stands (waiting, sent, retried at a given time, given up). Only the redacted copy of a
 * body is ever read here: secrets stay in the encrypted copy used to send.
 */
@Controller
class OutboxController {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/ad/{associationId}/courriels")
	String outbox(@PathVariable long associationId, Model model) {
		List<MailLine> mails = this.jdbc.sql("""
				SELECT created_at, recipient, subject, body, status, attempts, next_attempt_at FROM notifications_mail
				WHERE association_id = ? ORDER BY created_at DESC, id DESC LIMIT 100""")
			.param(associationId)
			.query((rs, i) -> {
				String status = rs.getString("status");
				OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
				boolean retry = "PENDING".equals(status) && rs.getInt("attempts") > 0 && next != null;
				return new MailLine(local(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("recipient"),
						rs.getString("subject"), rs.getString("body"), retry ? "RETRY" : status,
						retry ? local(next) : null);
			})
			.list();
		model.addAttribute("associationId", associationId);
		model.addAttribute("mails", mails);
		return "notifications/outbox";
	}

	private ZonedDateTime local(OffsetDateTime time) {
		return (time != null) ? time.atZoneSameInstant(this.clock.getZone()) : null;
	}

	/** {@code state} is PENDING, RETRY (then {@code retryAt} is set), SENT, FAILED… */
	record MailLine(ZonedDateTime createdAt, String recipient, String subject, String body, String state,
			ZonedDateTime retryAt) {

	}

}
