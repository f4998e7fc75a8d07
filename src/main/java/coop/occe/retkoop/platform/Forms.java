package coop.occe.retkoop.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import coop.occe.retkoop.shared.Problem;

import org.springframework.validation.BindingResult;

/**
 * Binds a command's problems to the form the user typed: next to their field, or above
 * the form when they have none. Every controller uses this one.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Adds the problems of a later check, except on the fields the form already found
	 * wrong (one message per field, the first one).
	 */
	public static void addUnlessFieldTaken(List<Problem> problems, List<Problem> more) {
		Set<String> wrong = new HashSet<>();
		problems.forEach((problem) -> wrong.add(problem.field()));
		for (Problem problem : more) {
			if (!wrong.contains(problem.field())) {
				problems.add(problem);
			}
		}
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
