package coop.occe.retkoop.ledger;

/**
 * What an account is for; it decides where it may be used in the plain-words forms.
 */
public enum AccountKind {

	/** Class 6: spending of the cooperative. */
	CHARGE,
	/** Class 7: income of the cooperative. */
	PRODUCT,
	/** 512: the bank account. */
	BANK,
	/** 53: the cash box. */
	CASH,
	/** 467: money advanced to a teacher (régie d'avance). */
	ADVANCE,
	/** 58: internal transfers. */
	INTERNAL,
	/** 110/119: report à nouveau. */
	EQUITY

}
