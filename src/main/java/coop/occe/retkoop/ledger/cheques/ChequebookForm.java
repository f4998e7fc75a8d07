package coop.occe.retkoop.ledger.cheques;

/**
 * A new chéquier as typed: its first and last cheque numbers.
 */
public class ChequebookForm {

	private String firstNumber = "";

	private String lastNumber = "";

	public String getFirstNumber() {
		return this.firstNumber;
	}

	public void setFirstNumber(String firstNumber) {
		this.firstNumber = (firstNumber != null) ? firstNumber : "";
	}

	public String getLastNumber() {
		return this.lastNumber;
	}

	public void setLastNumber(String lastNumber) {
		this.lastNumber = (lastNumber != null) ? lastNumber : "";
	}

}
