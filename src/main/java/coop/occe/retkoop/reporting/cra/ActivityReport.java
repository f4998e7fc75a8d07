package coop.occe.retkoop.reporting.cra;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cooperative's CRA for one year of its books: the AD's questions and the answers
 * saved, each as stored (choices one per line, yes/no as {@code YES} or {@code NO}).
 *
 * @param answeredOn the day "Terminer" last succeeded, {@code null} while a draft
 * @param frozen sent with the CRF: read only until the AD unlocks the year
 */
public record ActivityReport(long fiscalYearId, List<Question> questions, Map<Long, String> answers,
		LocalDate answeredOn, boolean frozen) {

	public ActivityReport {
		questions = List.copyOf(questions);
		answers = Map.copyOf(answers);
	}

	public boolean answered() {
		return this.answeredOn != null;
	}

	/** The saved answer to a question, empty when none. */
	public String answer(Question question) {
		return this.answers.getOrDefault(question.id(), "");
	}

}
