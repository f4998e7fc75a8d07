package coop.occe.retkoop.directory.internal;

import java.util.Locale;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * IBAN and BIC checks: the IBAN's length and format for its country and its mod-97 check
 * digits, the BIC's format.
 */
public final class BankDetails {

	private BankDetails() {
	}

	public static String normalize(String typed) {
		return (typed == null) ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	/** Null when the IBAN is valid, otherwise the message key saying why not. */
	public static String ibanProblem(String iban) {
		try {
			IbanUtil.validate(iban);
			return null;
		}
		catch (InvalidCheckDigitException ex) {
			return "cooperative.iban.checkDigits";
		}
		catch (UnsupportedCountryException ex) {
			return "cooperative.iban.country";
		}
		catch (IbanFormatException ex) {
			return "cooperative.iban.format";
		}
	}

	public static boolean isValidBic(String bic) {
		try {
			BicUtil.validate(bic);
			return true;
		}
		catch (BicFormatException | UnsupportedCountryException ex) {
			return false;
		}
	}

	/** "FR76 3000 6000 0112 3456 7890 189": groups of four, as on a bank statement. */
	public static String formatIban(String iban) {
		if (iban == null) {
			return "";
		}
		return iban.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
