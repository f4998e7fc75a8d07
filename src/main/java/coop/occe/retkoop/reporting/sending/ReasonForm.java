package coop.occe.retkoop.reporting.sending;

/** A reason or a comment typed on a year-end page (unlock, return). */
public class ReasonForm {

	private String reason = "";

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
