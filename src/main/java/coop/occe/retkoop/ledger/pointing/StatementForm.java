package coop.occe.retkoop.ledger.pointing;

/** A bank statement as typed: its date (jj/mm/aaaa) and closing balance. */
public class StatementForm {

	private String date = "";

	private String balance = "";

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = (date != null) ? date : "";
	}

	public String getBalance() {
		return this.balance;
	}

	public void setBalance(String balance) {
		this.balance = (balance != null) ? balance : "";
	}

}
