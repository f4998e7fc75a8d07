package coop.occe.retkoop.shared;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of euros in exact cents. Never a floating-point number: rates and quantities
 * are multiplied as decimals and rounded half-up to the cent once, where the rule says
 * so.
 */
public record Money(long cents) implements Comparable<Money>, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final Money ZERO = new Money(0);

	private static final Pattern TYPED = Pattern
		.compile("^([+-]?)(\\d{1,3}(?:[ \\u00A0\\u202F.]\\d{3})*|\\d+)(?:[,.](\\d{1,2}))?$");

	public static Money ofCents(long cents) {
		return new Money(cents);
	}

	public static Money euros(long euros) {
		return new Money(Math.multiplyExact(euros, 100));
	}

	/** From a decimal number of euros, rounded half-up to the cent. */
	public static Money of(BigDecimal euros) {
		return new Money(euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
	}

	/** From a decimal written like "2.05" (configuration, tests). */
	public static Money of(String euros) {
		return of(new BigDecimal(euros));
	}

	/**
	 * Reads an amount as people type it: "1 234,50", "1234.5", "12", "0,25 €". Empty when
	 * the text is not an amount (letters, three decimals, several commas).
	 */
	public static Optional<Money> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = typed.strip().replace("€", "").strip();
		var matcher = TYPED.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String integerPart = matcher.group(2).replaceAll("[ \\u00A0\\u202F.]", "");
		String decimals = (matcher.group(3) != null) ? matcher.group(3) : "0";
		BigDecimal value = new BigDecimal(integerPart + "." + decimals);
		if ("-".equals(matcher.group(1))) {
			value = value.negate();
		}
		try {
			return Optional.of(of(value));
		}
		catch (ArithmeticException ex) {
			return Optional.empty();
		}
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.cents, other.cents));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(this.cents, other.cents));
	}

	public Money negate() {
		return new Money(Math.negateExact(this.cents));
	}

	public Money times(long quantity) {
		return new Money(Math.multiplyExact(this.cents, quantity));
	}

	/** This amount times a decimal factor, rounded half-up to the cent. */
	public Money times(BigDecimal factor) {
		return of(toBigDecimal().multiply(factor));
	}

	public boolean isZero() {
		return this.cents == 0;
	}

	public boolean isNegative() {
		return this.cents < 0;
	}

	public boolean isPositive() {
		return this.cents > 0;
	}

	public BigDecimal toBigDecimal() {
		return BigDecimal.valueOf(this.cents, 2);
	}

	/** "1 234,56 €", the French way (narrow no-break space between thousands). */
	public String format() {
		return formatNumber() + "\u00A0€";
	}

	/** "1 234,56", without the currency, for form fields and tables. */
	public String formatNumber() {
		long abs = Math.abs(this.cents);
		String euros = Long.toString(abs / 100);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < euros.length(); i++) {
			if (i > 0 && (euros.length() - i) % 3 == 0) {
				grouped.append('\u202F');
			}
			grouped.append(euros.charAt(i));
		}
		return ((this.cents < 0) ? "-" : "") + grouped + "," + String.format("%02d", abs % 100);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(this.cents, other.cents);
	}

	@Override
	public String toString() {
		return format();
	}

}
