package coop.occe.retkoop.reporting.cra;

/**
 * The kinds of question a CRA offers; the name is kept in the database, the title is the
 * message {@code cra.kind.<NAME>}.
 */
public enum QuestionKind {

	TEXT, NUMBER, YES_NO, ONE_CHOICE, MANY_CHOICES;

	/** Whether the question offers choices to pick from. */
	public boolean hasChoices() {
		return this == ONE_CHOICE || this == MANY_CHOICES;
	}

	/** The kind of this name, {@code null} when it is none. */
	static QuestionKind named(String name) {
		for (QuestionKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
