package coop.occe.retkoop.ledger.web;

import coop.occe.retkoop.ledger.VoucherStyle;

/**
 * The opening balances of a year as typed.
 */
public class OpeningForm {

	private String openingBank = "";

	private String openingCash = "";

	private VoucherStyle voucherStyle = VoucherStyle.SERIES;

	public String getOpeningBank() {
		return this.openingBank;
	}

	public void setOpeningBank(String openingBank) {
		this.openingBank = (openingBank != null) ? openingBank : "";
	}

	public String getOpeningCash() {
		return this.openingCash;
	}

	public void setOpeningCash(String openingCash) {
		this.openingCash = (openingCash != null) ? openingCash : "";
	}

	public VoucherStyle getVoucherStyle() {
		return this.voucherStyle;
	}

	public void setVoucherStyle(VoucherStyle voucherStyle) {
		this.voucherStyle = voucherStyle;
	}

}
