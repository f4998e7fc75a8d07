package coop.occe.retkoop.directory.internal;

import java.util.ArrayList;
import java.util.List;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.shared.Problem;

/**
 * Checks of an association's details; all run, all problems are reported.
 */
public final class AssociationChecks {

	private AssociationChecks() {
	}

	public static List<Problem> check(AssociationSummary association) {
		List<Problem> problems = new ArrayList<>();
		if (!association.number().matches("\\d{2}[0-9AB]")) {
			problems.add(Problem.of("number", "association.number.format"));
		}
		if (association.name().isBlank()) {
			problems.add(Problem.of("name", "association.name.required"));
		}
		else if (association.name().length() > 200) {
			problems.add(Problem.of("name", "association.name.tooLong"));
		}
		if (!association.email().isEmpty() && !CooperativeChecks.EMAIL.matcher(association.email()).matches()) {
			problems.add(Problem.of("email", "cooperative.email.format"));
		}
		if (!association.postalCode().isEmpty() && !association.postalCode().matches("\\d{5}")) {
			problems.add(Problem.of("postalCode", "cooperative.postalCode.format"));
		}
		if (!association.siret().isEmpty() && !isValidSiret(association.siret())) {
			problems.add(Problem.of("siret", "association.siret.invalid"));
		}
		if (association.address().length() > 300) {
			problems.add(Problem.of("address", "cooperative.address.tooLong"));
		}
		if (association.city().length() > 100 || association.phone().length() > 40) {
			problems.add(Problem.of(association.city().length() > 100 ? "city" : "phone", "association.tooLong"));
		}
		return problems;
	}

	/** 14 digits whose Luhn sum is a multiple of 10. */
	public static boolean isValidSiret(String siret) {
		if (!siret.matches("\\d{14}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int digit = siret.charAt(13 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
