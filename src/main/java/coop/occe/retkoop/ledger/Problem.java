package coop.occe.retkoop.ledger;

/**
 * Something wrong with a draft: the field it belongs to, the message key and its
 * arguments.
 */
public record Problem(String field, String code, Object... arguments) {

}
