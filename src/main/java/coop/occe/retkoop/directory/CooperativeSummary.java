package coop.occe.retkoop.directory;

/**
 * A cooperative as other modules see it.
 */
public record CooperativeSummary(long id, long associationId, String number, String name, String commune, String uai,
		String schoolEmail, String address, String postalCode, CooperativeType type, CooperativeStatus status,
		String mandataryName, String mandataryEmail, String bankName, String iban, String bic, int version) {

	/** "0460": the number shown after the cooperative's name on the seed's screens. */
	public String displayNumber() {
		return this.number;
	}

	public boolean isActive() {
		return this.status == CooperativeStatus.ACTIVE;
	}

}
