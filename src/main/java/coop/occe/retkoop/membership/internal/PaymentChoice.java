package coop.occe.retkoop.membership.internal;

/**
 * How the cooperative pays: at most one choice, "non" everywhere until it picks one.
 */
public enum PaymentChoice {

	NONE, IMMEDIATE_DEBIT, DECEMBER_DEBIT, CHEQUE

}
