package coop.occe.retkoop.directory.internal;

/**
 * A field that is wrong, the message key saying why and its arguments.
 */
public record FieldProblem(String field, String code, Object... arguments) {

}
