package coop.occe.retkoop.reporting.cra;

import java.util.List;

/**
 * A question of the mandataire's CRA page with what is typed or saved for it and its
 * error in words ({@code null} when none).
 */
public record AnswerRow(Question question, String text, List<String> selected, String error) {

	public AnswerRow {
		selected = List.copyOf(selected);
	}

	public boolean isSelected(String choice) {
		return this.selected.contains(choice);
	}

}
