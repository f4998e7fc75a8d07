package coop.occe.retkoop.reporting.crf;

import coop.occe.retkoop.ledger.AccountKind;

/**
 * One line of the CRF's compte de fonctionnement as an AD sets it for a school year: a
 * charge or a product line, its place among the lines of its kind.
 */
public record CrfLine(String code, String label, AccountKind kind, int order) {

}
