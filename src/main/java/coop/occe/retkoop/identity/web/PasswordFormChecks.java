package coop.occe.retkoop.identity.web;

import coop.occe.retkoop.identity.internal.PasswordPolicy;

import org.springframework.validation.Errors;

/**
 * The checks shared by the change and reset pages.
 */
final class PasswordFormChecks {

	private PasswordFormChecks() {
	}

	static void checkNewPassword(String login, PasswordForm form, Errors errors) {
		for (String code : PasswordPolicy.check(login, form.getNewPassword())) {
			errors.rejectValue("newPassword", code);
		}
		if (!form.getNewPassword().equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "password.confirmationDiffers");
		}
	}

}
