package coop.occe.retkoop.ledger.chart;

import coop.occe.retkoop.ledger.AccountKind;

/** A new account as typed. */
public class AccountForm {

	private String code = "";

	private String label = "";

	private AccountKind kind = AccountKind.CHARGE;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code : "";
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = (label != null) ? label : "";
	}

	public AccountKind getKind() {
		return this.kind;
	}

	public void setKind(AccountKind kind) {
		this.kind = kind;
	}

}
