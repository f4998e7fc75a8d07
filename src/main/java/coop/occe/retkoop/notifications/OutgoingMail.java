package coop.occe.retkoop.notifications;

/**
 * A plain-text e-mail to one recipient, with the association and cooperative it concerns
 * so that it appears in the right outbox.
 */
public record OutgoingMail(Long associationId, Long cooperativeId, String recipient, String subject, String body) {

}
