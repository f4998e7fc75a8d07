package coop.occe.retkoop.ledger;

/**
 * One account of an association's chart for a school year.
 */
public record Account(String code, String label, AccountKind kind, boolean active) {

	/** "6068 – Achats pour les activités éducatives". */
	public String display() {
		return this.code + " – " + this.label;
	}

}
