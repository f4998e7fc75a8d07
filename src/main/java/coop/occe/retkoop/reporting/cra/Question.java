package coop.occe.retkoop.reporting.cra;

import java.util.List;

/**
 * One question of an AD's CRA for a school year, in its place among the others.
 *
 * @param choices what the mandataire picks from (empty unless the kind has choices)
 */
public record Question(long id, int position, QuestionKind kind, String label, List<String> choices, boolean required) {

	public Question {
		choices = List.copyOf(choices);
	}

	/** The name of the question's field in the mandataire's form. */
	public String field() {
		return "q" + this.id;
	}

}
