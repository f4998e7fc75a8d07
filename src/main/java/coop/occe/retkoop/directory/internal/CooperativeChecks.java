package coop.occe.retkoop.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
	public static List<FieldProblem> check(CooperativeData data) {
		List<FieldProblem> problems = new ArrayList<>();
		if (data.name().isEmpty()) {
			problems.add(new FieldProblem("name", "cooperative.name.required"));
		}
		else if (data.name().length() > 200) {
			problems.add(new FieldProblem("name", "cooperative.name.tooLong"));
		}
		if (data.commune().isEmpty()) {
			problems.add(new FieldProblem("commune", "cooperative.commune.required"));
		}
		else if (data.commune().length() > 100) {
			problems.add(new FieldProblem("commune", "cooperative.commune.tooLong"));
		}
		if (!data.uai().isEmpty()) {
			if (!Uai.hasValidShape(data.uai())) {
				problems.add(new FieldProblem("uai", "cooperative.uai.format"));
			}
			else {
				Uai.expectedLetterIfWrong(data.uai())
					.ifPresent((letter) -> problems
						.add(new FieldProblem("uai", "cooperative.uai.letter", data.uai(), String.valueOf(letter))));
			}
		}
		if (data.number().isEmpty()) {
			problems.add(new FieldProblem("number", "cooperative.number.required"));
		}
		else if (!data.number().matches("\\d{4}")) {
			problems.add(new FieldProblem("number", "cooperative.number.format"));
		}
		if (data.schoolEmail().isEmpty()) {
			problems.add(new FieldProblem("schoolEmail", "cooperative.schoolEmail.required"));
		}
		else if (!EMAIL.matcher(data.schoolEmail()).matches() || data.schoolEmail().length() > 200) {
			problems.add(new FieldProblem("schoolEmail", "cooperative.email.format"));
		}
		if (!data.mandataryEmail().isEmpty()
				&& (!EMAIL.matcher(data.mandataryEmail()).matches() || data.mandataryEmail().length() > 200)) {
			problems.add(new FieldProblem("mandataryEmail", "cooperative.email.format"));
		}
		if (!data.postalCode().isEmpty() && !data.postalCode().matches("\\d{5}")) {
			problems.add(new FieldProblem("postalCode", "cooperative.postalCode.format"));
		}
		if (data.address().length() > 300) {
			problems.add(new FieldProblem("address", "cooperative.address.tooLong"));
		}
		if (data.mandataryName().length() > 200) {
			problems.add(new FieldProblem("mandataryName", "cooperative.mandataryName.tooLong"));
		}
		if (data.bankName().length() > 100) {
			problems.add(new FieldProblem("bankName", "cooperative.bankName.tooLong"));
		}
		if (!data.iban().isEmpty()) {
			String problem = BankDetails.ibanProblem(data.iban());
			if (problem != null) {
				problems.add(new FieldProblem("iban", problem));
			}
		}
		if (!data.bic().isEmpty() && !BankDetails.isValidBic(data.bic())) {
			problems.add(new FieldProblem("bic", "cooperative.bic.format"));
		}
		return problems;
	}

}
