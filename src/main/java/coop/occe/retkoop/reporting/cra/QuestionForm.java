package coop.occe.retkoop.reporting.cra;

/**
 * A question of the CRA as the AD types it: the kind by its name, the choices one per
 * line.
 */
public class QuestionForm {

	private String label = "";

	private String kind = QuestionKind.TEXT.name();

	private String choices = "";

	private boolean required;

	static QuestionForm of(Question question) {
		QuestionForm form = new QuestionForm();
		form.setLabel(question.label());
		form.setKind(question.kind().name());
		form.setChoices(String.join("\n", question.choices()));
		form.setRequired(question.required());
		return form;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = (label != null) ? label : "";
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = (kind != null) ? kind : "";
	}

	public String getChoices() {
		return this.choices;
	}

	public void setChoices(String choices) {
		this.choices = (choices != null) ? choices : "";
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

}
