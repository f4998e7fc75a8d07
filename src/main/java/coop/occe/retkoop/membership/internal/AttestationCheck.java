package coop.occe.retkoop.membership.internal;

/**
 * What the public verification page answers for a reference: valid (with the adhésion it
 * proves), withdrawn since the AD reopened the adhésion, replaced by a newer attestation,
 * or unknown.
 */
public record AttestationCheck(Status status, Attestation attestation, AdhesionSnapshot adhesion) {

	public enum Status {

		VALID, WITHDRAWN, REPLACED, UNKNOWN

	}

	static AttestationCheck unknown() {
		return new AttestationCheck(Status.UNKNOWN, null, null);
	}

}
