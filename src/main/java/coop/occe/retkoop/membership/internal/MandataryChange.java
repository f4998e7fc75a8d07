package coop.occe.retkoop.membership.internal;

import java.time.OffsetDateTime;

/**
 * A request to change the mandataire and/or the signatories of the cooperative's bank
 * account, with its signed scan. Pending until AD staff apply it.
 */
public record MandataryChange(long id, long associationId, long cooperativeId, OffsetDateTime requestedAt,
		String newMandataryName, String newMandataryEmail, String signatories, boolean applied,
		OffsetDateTime appliedAt, String fileName, String contentType) {

}
