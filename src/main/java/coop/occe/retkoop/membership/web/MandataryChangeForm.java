package coop.occe.retkoop.membership.web;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * Who takes over as mandataire, and who signs on the bank account.
 */
public class MandataryChangeForm {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]{2,}$");

	private String name = "";

	private String email = "";

	private String signatories = "";

	boolean check(Errors errors) {
		this.name = strip(this.name);
		this.email = strip(this.email);
		this.signatories = strip(this.signatories);
		if (this.name.isEmpty()) {
			errors.rejectValue("name", "membership.change.name.required");
		}
		else if (this.name.length() > 200) {
			errors.rejectValue("name", "membership.change.tooLong");
		}
		if (!EMAIL.matcher(this.email).matches() || this.email.length() > 200) {
			errors.rejectValue("email", "membership.change.email.invalid");
		}
		if (this.signatories.length() > 500) {
			errors.rejectValue("signatories", "membership.change.tooLong");
		}
		return !errors.hasErrors();
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSignatories() {
		return this.signatories;
	}

	public void setSignatories(String signatories) {
		this.signatories = signatories;
	}

}
