package coop.occe.retkoop.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import coop.occe.retkoop.shared.Problem;

/**
 * Every check of a cooperative's data. They all run, so that all problems are reported at
 * once.
 */
public final class CooperativeChecks {

	/** A plausible e-mail address; real delivery is the only full check. */
	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private CooperativeChecks() {
	}

	/** Problems of normalized data. */
	public static List<Problem> check(CooperativeData data) {
		List<Problem> problems = new ArrayList<>();
		if (data.name().isEmpty()) {
			problems.add(Problem.of("name", "cooperative.name.required"));
		}
		else if (data.name().length() > 200) {
			problems.add(Problem.of("name", "cooperative.name.tooLong"));
		}
		if (data.commune().isEmpty()) {
			problems.add(Problem.of("commune", "cooperative.commune.required"));
		}
		else if (data.commune().length() > 100) {
			problems.add(Problem.of("commune", "cooperative.commune.tooLong"));
		}
		if (!data.uai().isEmpty()) {
			if (!Uai.hasValidShape(data.uai())) {
				problems.add(Problem.of("uai", "cooperative.uai.format"));
			}
			else {
				Uai.expectedLetterIfWrong(data.uai())
					.ifPresent((letter) -> problems
						.add(Problem.of("uai", "cooperative.uai.letter", data.uai(), String.valueOf(letter))));
			}
		}
		if (data.number().isEmpty()) {
			problems.add(Problem.of("number", "cooperative.number.required"));
		}
		else if (!data.number().matches("\\d{4}")) {
			problems.add(Problem.of("number", "cooperative.number.format"));
		}
		if (data.schoolEmail().isEmpty()) {
			problems.add(Problem.of("schoolEmail", "cooperative.schoolEmail.required"));
		}
		else if (!EMAIL.matcher(data.schoolEmail()).matches() || data.schoolEmail().length() > 200) {
			problems.add(Problem.of("schoolEmail", "cooperative.email.format"));
		}
		if (!data.mandataryEmail().isEmpty()
				&& (!EMAIL.matcher(data.mandataryEmail()).matches() || data.mandataryEmail().length() > 200)) {
			problems.add(Problem.of("mandataryEmail", "cooperative.email.format"));
		}
		if (!data.postalCode().isEmpty() && !data.postalCode().matches("\\d{5}")) {
			problems.add(Problem.of("postalCode", "cooperative.postalCode.format"));
		}
		if (data.address().length() > 300) {
			problems.add(Problem.of("address", "cooperative.address.tooLong"));
		}
		if (data.mandataryName().length() > 200) {
			problems.add(Problem.of("mandataryName", "cooperative.mandataryName.tooLong"));
		}
		if (data.bankName().length() > 100) {
			problems.add(Problem.of("bankName", "cooperative.bankName.tooLong"));
		}
		if (!data.iban().isEmpty()) {
			String problem = BankDetails.ibanProblem(data.iban());
			if (problem != null) {
				problems.add(Problem.of("iban", problem));
			}
		}
		if (!data.bic().isEmpty() && !BankDetails.isValidBic(data.bic())) {
			problems.add(Problem.of("bic", "cooperative.bic.format"));
		}
		return problems;
	}

}
