package coop.occe.retkoop.ledger;

import coop.occe.retkoop.shared.Money;

/**
 * The total of one charge or product account, positive.
 */
public record AccountTotal(String code, String label, Money total) {

}
