package coop.occe.retkoop.ledger.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.SchoolYear;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in mandataire's working year, for every page of the cash book: the current
 * school year, or the previous one while its books are being finished (chosen in the
 * session, see {@link WorkingYearController}); a year not yet opened leads to the opening
 * page ({@link YearNotOpenedException}).
 */
public final class OpenYear {

	/** The session attribute holding the choice (the session is kept in the database). */
	static final String CHOSEN = OpenYear.class.getName() + ".chosen";

	/**
	 * A mandataire's choice of year for one cooperative, kept in the session; whether the
	 * year was closed already when chosen (to be read), so that a year closed since falls
	 * back to the current one.
	 */
	record Chosen(long cooperativeId, int startYear, boolean closedWhenChosen) implements Serializable {

	}

	/**
	 * A year the selector offers: the current one (perhaps not opened yet) or the
	 * previous one when its books exist.
	 */
	public record Offered(SchoolYear schoolYear, Optional<FiscalYear> books, boolean current) {

		public boolean closed() {
			return this.books.map(FiscalYear::closed).orElse(false);
		}

	}

	private OpenYear() {
	}

	/**
	 * The working year's books: the chosen year while it is offered, else the current.
	 */
	public static FiscalYear of(Ledger ledger) {
		long cooperativeId = cooperativeId();
		SchoolYear current = ledger.currentYear();
		Optional<Chosen> chosen = chosen().filter((c) -> c.cooperativeId() == cooperativeId);
		if (chosen.isPresent() && chosen.get().startYear() == current.previous().startYear()) {
			Optional<FiscalYear> previous = ledger.fiscalYear(cooperativeId, current.previous());
			if (previous.isPresent() && (!previous.get().closed() || chosen.get().closedWhenChosen())) {
				return previous.get();
			}
		}
		return ledger.fiscalYear(cooperativeId, current).orElseThrow(YearNotOpenedException::new);
	}

	/** The working school year, opened or not. */
	public static SchoolYear schoolYearOf(Ledger ledger) {
		try {
			return of(ledger).schoolYear();
		}
		catch (YearNotOpenedException ex) {
			return ledger.currentYear();
		}
	}

	/**
	 * The years the mandataire may work on: the current one, and the previous one when
	 * the cooperative kept its books here then (closed ones to be read only).
	 */
	public static List<Offered> offered(Ledger ledger, long cooperativeId) {
		SchoolYear current = ledger.currentYear();
		List<Offered> offered = new ArrayList<>();
		offered.add(new Offered(current, ledger.fiscalYear(cooperativeId, current), true));
		ledger.fiscalYear(cooperativeId, current.previous())
			.ifPresent((previous) -> offered.add(new Offered(current.previous(), Optional.of(previous), false)));
		return offered;
	}

	/** Remembers the year chosen, which must be one of {@link #offered}. */
	static void choose(long cooperativeId, Offered year) {
		session(true).ifPresent(
				(s) -> s.setAttribute(CHOSEN, new Chosen(cooperativeId, year.schoolYear().startYear(), year.closed())));
	}

	/**
	 * The date a form of the year proposes: today inside the year, else its last day (its
	 * first day for a year not begun).
	 */
	public static LocalDate defaultDate(Ledger ledger, FiscalYear year) {
		LocalDate today = ledger.today();
		if (year.schoolYear().contains(today)) {
			return today;
		}
		return today.isBefore(year.schoolYear().firstDay()) ? year.schoolYear().firstDay()
				: year.schoolYear().lastDay();
	}

	static long cooperativeId() {
		Actor actor = CurrentActor.get();
		if (actor.cooperativeId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return actor.cooperativeId();
	}

	private static Optional<Chosen> chosen() {
		return session(false).map((s) -> s.getAttribute(CHOSEN))
			.filter(Chosen.class::isInstance)
			.map(Chosen.class::cast);
	}

	private static Optional<HttpSession> session(boolean create) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(attributes.getRequest().getSession(create));
		}
		return Optional.empty();
	}

}
