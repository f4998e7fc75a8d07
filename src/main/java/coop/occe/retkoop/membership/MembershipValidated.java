package coop.occe.retkoop.membership;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * Published when AD staff validate an adhésion: the cooperative is a member and insured
 * for the year, with its coopérateurs and the amount it owes (for the ledger and the AD's
 * accounts).
 */
public record MembershipValidated(long associationId, long cooperativeId, SchoolYear year, int pupils, int adults,
		Money amount, Money federalShare, String attestationReference) {

}
