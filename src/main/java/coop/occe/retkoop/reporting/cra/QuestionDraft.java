package coop.occe.retkoop.reporting.cra;

/**
 * A question as the AD typed it: the choices one per line (blank lines ignored).
 */
public record QuestionDraft(String label, QuestionKind kind, String choices, boolean required) {

}
