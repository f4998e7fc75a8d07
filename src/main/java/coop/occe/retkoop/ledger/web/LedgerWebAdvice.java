package coop.occe.retkoop.ledger.web;

import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.SchoolYear;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Any ledger page (of the core or of a feature) asked for before the year is opened leads
 * to the opening form. Every ledger page of a mandataire shows the year selector while
 * the previous year's books exist, and says when the working year's opening balances are
 * still provisional.
 */
@ControllerAdvice(basePackageClasses = Ledger.class)
class LedgerWebAdvice {

	private final Ledger ledger;

	LedgerWebAdvice(Ledger ledger) {
		this.ledger = ledger;
	}

	@ExceptionHandler(YearNotOpenedException.class)
	String openTheYearFirst() {
		return "redirect:/coop/comptabilite";
	}

	/** The selector, or null when there is nothing to choose (or no cooperative). */
	@ModelAttribute("workingYears")
	WorkingYears workingYears(HttpServletRequest request) {
		Optional<Long> cooperativeId = CurrentActor.find().filter(Actor::isMandatary).map(Actor::cooperativeId);
		if (cooperativeId.isEmpty()) {
			return null;
		}
		List<OpenYear.Offered> offered = OpenYear.offered(this.ledger, cooperativeId.get());
		SchoolYear working = OpenYear.schoolYearOf(this.ledger);
		Optional<FiscalYear> previousOfWorking = this.ledger.fiscalYear(cooperativeId.get(), working.previous());
		String provisional = previousOfWorking.filter((p) -> !p.closed())
			.map((p) -> p.schoolYear().label())
			.orElse(null);
		String back = "GET".equals(request.getMethod()) ? WorkingYearController.safeReturn(request.getRequestURI())
				: WorkingYearController.DEFAULT_RETURN;
		return new WorkingYears((offered.size() > 1) ? offered : List.of(), working, provisional, back);
	}

	/**
	 * The label of the working year when it is closed (its pages are then read only and
	 * offer no form), else null.
	 */
	@ModelAttribute("closedYear")
	String closedYear() {
		if (CurrentActor.find().filter(Actor::isMandatary).map(Actor::cooperativeId).isEmpty()) {
			return null;
		}
		try {
			FiscalYear year = OpenYear.of(this.ledger);
			return year.closed() ? year.schoolYear().label() : null;
		}
		catch (YearNotOpenedException ex) {
			return null;
		}
	}

	/**
	 * What the selector offers, the year worked on, the previous year's label when the
	 * working year's opening still follows it (else null) and the page to come back to.
	 */
	record WorkingYears(List<OpenYear.Offered> offered, SchoolYear working, String provisionalAfter, String back) {

		public boolean selector() {
			return !this.offered.isEmpty();
		}

	}

}
