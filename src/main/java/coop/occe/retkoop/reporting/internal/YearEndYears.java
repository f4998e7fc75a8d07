package coop.occe.retkoop.reporting.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The school year a year-end page is about, named in its URL as {@code 2025-2026}
 * ({@code /coop/fin-d-annee/2025-2026/crf}): the signed-in mandataire's own books of that
 * year, or 404 when the cooperative kept no books then or the name cannot be read.
 */
public final class YearEndYears {

	private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{4})");

	private YearEndYears() {
	}

	/** The signed-in mandataire's books of the year named in the URL. */
	public static FiscalYear of(Ledger ledger, String name) {
		Actor actor = CurrentActor.get();
		if (actor.cooperativeId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return parse(name).flatMap((year) -> ledger.fiscalYear(actor.cooperativeId(), year))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The year named {@code 2025-2026}, if the name is one. */
	public static Optional<SchoolYear> parse(String name) {
		Matcher matcher = NAME.matcher(name == null ? "" : name);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int start = Integer.parseInt(matcher.group(1));
		int end = Integer.parseInt(matcher.group(2));
		return (end == start + 1 && start > 1999 && start < 2200) ? Optional.of(new SchoolYear(start))
				: Optional.empty();
	}

	/** The name of the year in URLs: {@code 2025-2026}. */
	public static String name(SchoolYear year) {
		return year.startYear() + "-" + (year.startYear() + 1);
	}

	/** The year-end pages' root for the year: {@code /coop/fin-d-annee/2025-2026}. */
	public static String path(SchoolYear year) {
		return "/coop/fin-d-annee/" + name(year);
	}

}
