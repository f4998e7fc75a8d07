package coop.occe.retkoop.platform;

import java.util.List;

import coop.occe.retkoop.shared.Problem;

import org.springframework.validation.BindingResult;

/**
 * Binds a command's problems to the form the user typed: next to their field, or above
 * the form when they have none. Every controller uses this one.
 */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult errors, List<Problem> problems) {
		for (Problem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.code(), problem.messageArguments(), null);
			}
			else {
				errors.rejectValue(problem.field(), problem.code(), problem.messageArguments(), null);
			}
		}
	}

}
