package coop.occe.retkoop.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a new password. Each broken rule is a message key of the "motDePasse"
 * field; all of them are reported at once.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	/** Broken rules for the new password field, as message keys. */
	public static List<String> check(String login, String password) {
		List<String> errors = new ArrayList<>();
		String value = (password != null) ? password : "";
		if (value.length() < MIN_LENGTH) {
			errors.add("password.tooShort");
		}
		String lower = value.toLowerCase(Locale.ROOT);
		String simplifiedLogin = login.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@.]", "");
		if (lower.equals(login.toLowerCase(Locale.ROOT))
				|| lower.replaceAll("[^a-z0-9@.]", "").equals(simplifiedLogin)) {
			errors.add("password.sameAsLogin");
		}
		if (lower.startsWith("coop")) {
			errors.add("password.startsWithCoop");
		}
		return errors;
	}

}
