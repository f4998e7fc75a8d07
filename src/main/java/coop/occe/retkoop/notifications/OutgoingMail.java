package coop.occe.retkoop.notifications;

import java.util.List;

/**
 * A plain-text e-mail to one recipient, with the association and cooperative it concerns
 * so that it appears in the right outbox. {@code secrets} are the parts of the body that
 * give access to something (a reset link, an initial password): they reach the recipient
 * but are never stored in clear nor shown in the outbox.
 */
public record OutgoingMail(Long associationId, Long cooperativeId, String recipient, String subject, String body,
		List<String> secrets) {

	public OutgoingMail {
		secrets = List.copyOf(secrets);
	}

	public OutgoingMail(Long associationId, Long cooperativeId, String recipient, String subject, String body) {
		this(associationId, cooperativeId, recipient, subject, body, List.of());
	}

	/**
	 * The body as the outbox may show it: every secret replaced by {@code redacted} (the
	 * message {@code mail.redacted}).
	 */
	public String redactedBody(String redacted) {
		String shown = this.body;
		for (String secret : this.secrets) {
			if (!secret.isEmpty()) {
				shown = shown.replace(secret, redacted);
			}
		}
		return shown;
	}

}
