package coop.occe.retkoop.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cooperative's identifiant, {@code DDD-NNNN}: the AD's number (three characters,
 * "046", or "02A" in Corsica) and the cooperative's number (four digits). People type it
 * as "046-0410", "0460410" or "046 0410"; all mean the same account.
 */
public record Identifiant(String associationNumber, String cooperativeNumber) {

	/** The longest login an account can have (the column's width). */
	public static final int MAX_LOGIN_LENGTH = 200;

	private static final Pattern TYPED = Pattern.compile("^(\\d{2}[0-9AB])[\\s\\-_.]*(\\d{4})$",
			Pattern.CASE_INSENSITIVE);

	public static Optional<Identifiant> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		Matcher matcher = TYPED.matcher(typed.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Identifiant(matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2)));
	}

	/**
	 * The login under which an account is stored: the canonical identifiant for a
	 * cooperative, the e-mail in lower case for a person.
	 */
	public static String normalizeLogin(String typed) {
		if (typed == null) {
			return "";
		}
		return parse(typed).map(Identifiant::toString).orElseGet(() -> typed.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The initial password the seed letter describes: "coop" and the cooperative's
	 * number.
	 */
	public String defaultInitialPassword() {
		return "coop" + this.cooperativeNumber;
	}

	@Override
	public String toString() {
		return this.associationNumber + "-" + this.cooperativeNumber;
	}

}
