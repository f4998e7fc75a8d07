package coop.occe.retkoop.ledger.web;

import java.util.List;

import coop.occe.retkoop.ledger.Problem;

import org.springframework.validation.BindingResult;

/** Binds a command's problems to the form the user typed, next to their fields. */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult errors, List<Problem> problems) {
		for (Problem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.code(), problem.arguments(), null);
			}
			else {
				errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
			}
		}
	}

}
