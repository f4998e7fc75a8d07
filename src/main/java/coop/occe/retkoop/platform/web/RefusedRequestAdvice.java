package coop.occe.retkoop.platform.web;

import coop.occe.retkoop.platform.NotOffered;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests no page of Retkoop can send, answered with the French 400 page and a reason.
 * Nothing is saved: both are refused before the controller changes anything.
 */
@ControllerAdvice
class RefusedRequestAdvice {

	/**
	 * A row index far beyond the rows a page offers ({@code parts[300]},
	 * {@code counts[500]}): the binder stops growing lists at a fixed limit.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tooManyRows() {
		return refused("error.400.tooManyRows");
	}

	/** A hidden field or a choice changed to a value its page does not offer. */
	@ExceptionHandler(NotOffered.class)
	ModelAndView notOffered() {
		return refused("error.400.notOffered");
	}

	private static ModelAndView refused(String reason) {
		ModelAndView refused = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		refused.addObject("reason", reason);
		return refused;
	}

}
