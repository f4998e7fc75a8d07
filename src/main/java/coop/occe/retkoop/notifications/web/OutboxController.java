package coop.occe.retkoop.notifications.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The e-mails sent for an association's cooperatives, newest first. On the embedded
 * database without SMTP this is where a newcomer finds the password reset link.
 */
@Controller
class OutboxController {

	private final JdbcClient jdbc;

	OutboxController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/ad/{associationId}/courriels")
	String outbox(@PathVariable long associationId, Model model) {
		List<MailLine> mails = this.jdbc.sql("""
				SELECT created_at, recipient, subject, body, status FROM notifications_mail
				WHERE association_id = ? ORDER BY created_at DESC, id DESC LIMIT 100""")
			.param(associationId)
			.query((rs, i) -> new MailLine(rs.getObject("created_at", OffsetDateTime.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getString("status")))
			.list();
		model.addAttribute("associationId", associationId);
		model.addAttribute("mails", mails);
		return "notifications/outbox";
	}

	record MailLine(OffsetDateTime createdAt, String recipient, String subject, String body, String status) {

	}

}
