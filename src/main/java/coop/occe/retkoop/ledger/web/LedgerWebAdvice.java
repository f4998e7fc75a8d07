package coop.occe.retkoop.ledger.web;

import coop.occe.retkoop.ledger.Ledger;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Any ledger page (of the core or of a feature) asked for before the year is opened leads
 * to the opening form.
 */
@ControllerAdvice(basePackageClasses = Ledger.class)
class LedgerWebAdvice {

	@ExceptionHandler(YearNotOpenedException.class)
	String openTheYearFirst() {
		return "redirect:/coop/comptabilite";
	}

}
