package coop.occe.retkoop.membership.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One attestation reference as it was handed out: issued when the AD validated the
 * adhésion, withdrawn when the AD reopened it, replaced by the reference of the next
 * validation.
 *
 * @param replacement the reference issued after it and when, once the adhésion was
 * validated again
 */
public record Attestation(String reference, long adhesionId, OffsetDateTime issuedAt, OffsetDateTime withdrawnAt,
		Optional<Attestation> replacement) {

	public boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

}
