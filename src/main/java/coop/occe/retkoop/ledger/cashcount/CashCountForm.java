package coop.occe.retkoop.ledger.cashcount;

import java.util.ArrayList;
import java.util.List;

/**
 * The arrêté de caisse as typed: a date and how many of each note and coin.
 */
public class CashCountForm {

	private String date = "";

	private List<String> counts = new ArrayList<>();

	public CashCountForm() {
		fill();
	}

	private void fill() {
		while (this.counts.size() < CashCount.DENOMINATIONS.size()) {
			this.counts.add("");
		}
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = (date != null) ? date : "";
	}

	public List<String> getCounts() {
		return this.counts;
	}

	public void setCounts(List<String> counts) {
		this.counts = new ArrayList<>();
		if (counts != null) {
			counts.forEach((count) -> this.counts.add((count != null) ? count : ""));
		}
		fill();
	}

}
