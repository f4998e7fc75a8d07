package coop.occe.retkoop.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * The rules of a new password. Each broken rule is a message key of the "motDePasse"
 * field; all of them are reported at once.
 * <p>
 * Strength is judged by zxcvbn (its Java port), which knows common passwords, words,
 * names, keyboard rows, repeats, sequences and dates, completed by a list of common
 * French passwords; a password it estimates guessable in fewer than 10^8 tries is
 * refused, and the message says why.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** bcrypt reads no more than 72 bytes: a longer password would be cut silently. */
	public static final int MAX_BYTES = 72;

	/** zxcvbn's score 3: "safely unguessable", 10^8 guesses or more. */
	static final int MIN_SCORE = 3;

	static final String FRENCH_DICTIONARY = "common_french_passwords";

	private PasswordPolicy() {
	}

	/** Broken rules for the new password field, as message keys. */
	public static List<String> check(String login, String password) {
		List<String> errors = new ArrayList<>();
		String value = (password != null) ? password : "";
		if (value.length() < MIN_LENGTH) {
			errors.add("password.tooShort");
		}
		if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.add("password.tooLong");
		}
		String lower = value.toLowerCase(Locale.ROOT);
		String simplifiedLogin = login.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@.]", "");
		boolean sameAsLogin = lower.equals(login.toLowerCase(Locale.ROOT))
				|| lower.replaceAll("[^a-z0-9@.]", "").equals(simplifiedLogin);
		if (sameAsLogin) {
			errors.add("password.sameAsLogin");
		}
		if (lower.startsWith("coop")) {
			errors.add("password.startsWithCoop");
		}
		if (errors.isEmpty()) {
			weakness(login, value).ifPresent(errors::add);
		}
		return errors;
	}

	/** Why the estimator finds the password too easy to guess, as a message key. */
	static java.util.Optional<String> weakness(String login, String password) {
		Strength strength = Estimator.ZXCVBN.measure(password, List.of(login, "retkoop", "occe", "cooperative"));
		if (strength.getScore() >= MIN_SCORE) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(reason(strength));
	}

	private static String reason(Strength strength) {
		Match longest = null;
		for (Match match : strength.getSequence()) {
			if (longest == null || match.tokenLength() > longest.tokenLength()) {
				longest = match;
			}
		}
		if (longest == null) {
			return "password.weak";
		}
		return switch (longest.pattern) {
			case Dictionary -> switch (longest.dictionaryName) {
				case StandardDictionaries.PASSWORDS, FRENCH_DICTIONARY -> "password.weak.common";
				case "user_inputs" -> "password.weak.personal";
				default -> "password.weak.words";
			};
			case Spatial -> "password.weak.keyboard";
			case Repeat -> "password.weak.repeat";
			// zxcvbn sees "aaaa" as a sequence of step 0: say it as a repeat.
			case Sequence ->
				(longest.token.chars().distinct().count() == 1) ? "password.weak.repeat" : "password.weak.sequence";
			case Regex, Date -> "password.weak.date";
			default -> "password.weak";
		};
	}

	/** Loaded once, at the first check (the dictionaries take a moment to load). */
	private static final class Estimator {

		static final Zxcvbn ZXCVBN = build();

		private static Zxcvbn build() {
			try {
				return new ZxcvbnBuilder().dictionaries(StandardDictionaries.loadAllDictionaries())
					.dictionary(new Dictionary(FRENCH_DICTIONARY, frenchPasswords()))
					.keyboards(StandardKeyboards.loadAllKeyboards())
					.build();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static List<String> frenchPasswords() throws IOException {
			List<String> words = new ArrayList<>();
			try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-french-passwords.txt");
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					String word = line.strip();
					if (!word.isEmpty() && !word.startsWith("#")) {
						words.add(word.toLowerCase(Locale.ROOT));
					}
				}
			}
			return words;
		}

	}

}
