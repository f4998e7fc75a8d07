package coop.occe.retkoop.reporting.quitus;

/**
 * The AD's rules of the quitus for a school year: whether a parent must be among the
 * vérificateurs who give quitus, whether a scanned paper quitus is accepted instead.
 */
public record DischargeRules(boolean parentRequired, boolean paperAccepted) {

	/** Until the AD says otherwise: no parent required, no paper quitus. */
	public static final DischargeRules DEFAULT = new DischargeRules(false, false);

}
