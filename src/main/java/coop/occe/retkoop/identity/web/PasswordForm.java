package coop.occe.retkoop.identity.web;

/**
 * The new password typed twice, and the current one when the change is not forced.
 */
public class PasswordForm {

	private String currentPassword = "";

	private String newPassword = "";

	private String confirmation = "";

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
