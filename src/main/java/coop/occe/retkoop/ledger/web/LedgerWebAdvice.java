package coop.occe.retkoop.ledger.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Any ledger page asked for before the year is opened leads to the opening form.
 */
@ControllerAdvice(basePackageClasses = LedgerWebAdvice.class)
class LedgerWebAdvice {

	@ExceptionHandler(YearNotOpenedException.class)
	String openTheYearFirst() {
		return "redirect:/coop/comptabilite";
	}

}
