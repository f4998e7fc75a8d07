package coop.occe.retkoop.directory.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * A school's UAI (unité administrative immatriculée): seven digits and a check letter,
 * the letter being "ABCDEFGHJKLMNPRSTUVWXYZ" at the rest of the seven digits divided by
 * 23.
 */
public final class Uai {

	private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

	private Uai() {
	}

	/** Upper case, without spaces. */
	public static String normalize(String typed) {
		return (typed == null) ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	public static boolean hasValidShape(String uai) {
		return uai.matches("\\d{7}[A-Z]");
	}

	/** The check letter of seven digits. */
	public static char checkLetter(String sevenDigits) {
		return LETTERS.charAt((int) (Long.parseLong(sevenDigits) % 23));
	}

	/**
	 * The letter the UAI should end with, if its shape is right but its letter is wrong.
	 */
	public static Optional<Character> expectedLetterIfWrong(String uai) {
		char expected = checkLetter(uai.substring(0, 7));
		return (uai.charAt(7) == expected) ? Optional.empty() : Optional.of(expected);
	}

	public static boolean isValid(String typed) {
		String uai = normalize(typed);
		return hasValidShape(uai) && expectedLetterIfWrong(uai).isEmpty();
	}

	/**
	 * The default cooperative number: the last four of the UAI's seven digits (UAI
	 * 0460410W gives 0410).
	 */
	public static String defaultCooperativeNumber(String uai) {
		return uai.substring(3, 7);
	}

}
