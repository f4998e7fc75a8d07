package coop.occe.retkoop.ledger;

import java.util.List;
import java.util.regex.Pattern;

import coop.occe.retkoop.shared.Problem;

/**
 * The two namespaces of idempotency keys. A form sends its own key, which must be a short
 * run of letters, digits, {@code -} and {@code _}; the application names its own keys
 * (the acceptance of a class line…) with a prefix holding a {@code :}, which no form may
 * send, so that a key typed into a request never blocks an internal posting.
 */
public final class IdempotencyKeys {

	/** The longest key the tables keep. */
	public static final int MAX_LENGTH = 64;

	private static final Pattern USER_KEY = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

	private static final String INTERNAL_PREFIX = "interne:";

	private IdempotencyKeys() {
	}

	/** The key of an internal posting, out of reach of the keys forms send. */
	public static String internal(String name) {
		String key = INTERNAL_PREFIX + name;
		if (key.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Internal key too long: " + key);
		}
		return key;
	}

	/**
	 * Problems of a key sent by a form (null or blank when it sent none): a key of
	 * another shape was not written by our pages.
	 */
	public static List<Problem> checkSent(String key) {
		if (key == null || key.isBlank() || USER_KEY.matcher(key.strip()).matches()) {
			return List.of();
		}
		return List.of(Problem.of(null, "ledger.key.invalid"));
	}

}
