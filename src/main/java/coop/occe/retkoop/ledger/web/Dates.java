package coop.occe.retkoop.ledger.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as people type and read them: jj/mm/aaaa.
 */
public final class Dates {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private Dates() {
	}

	public static Optional<LocalDate> parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String text = typed.strip().replace('.', '/').replace('-', '/');
		try {
			return Optional.of(LocalDate.parse(text, TYPED));
		}
		catch (DateTimeParseException ex) {
			try {
				return Optional.of(LocalDate.parse(typed.strip()));
			}
			catch (DateTimeParseException notIso) {
				return Optional.empty();
			}
		}
	}

	public static String format(LocalDate date) {
		return (date != null) ? SHOWN.format(date) : "";
	}

}
