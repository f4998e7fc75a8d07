package coop.occe.retkoop.reporting.quitus;

import java.time.OffsetDateTime;

import coop.occe.retkoop.shared.SchoolYear;

/**
 * A vérificateur named by the mandataire for a year, the link they were sent (its hash
 * only, never the link) and their answer once given.
 */
public record Verifier(long id, long fiscalYearId, long cooperativeId, long associationId, SchoolYear schoolYear,
		String name, String email, VerifierQuality quality, OffsetDateTime invitedAt, OffsetDateTime expiresAt,
		VerifierAnswer answer, OffsetDateTime answeredAt, String comment) {

	public boolean invited() {
		return this.invitedAt != null;
	}

	public boolean answered() {
		return this.answer != null;
	}

	public boolean gave() {
		return this.answer == VerifierAnswer.GIVEN;
	}

	public boolean refused() {
		return this.answer == VerifierAnswer.REFUSED;
	}

}
