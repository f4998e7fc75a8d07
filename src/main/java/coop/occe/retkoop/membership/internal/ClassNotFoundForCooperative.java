package coop.occe.retkoop.membership.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A class id that is not one of the cooperative's classes this year: answered as 404 so
 * that nobody learns whether it exists elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ClassNotFoundForCooperative extends RuntimeException {

	public ClassNotFoundForCooperative() {
		super("No such class for this cooperative");
	}

}
