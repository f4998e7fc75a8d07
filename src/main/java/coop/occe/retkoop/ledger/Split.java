package coop.occe.retkoop.ledger;

import coop.occe.retkoop.shared.Money;

/**
 * The part of an amount that goes to one charge or product account.
 */
public record Split(String accountCode, Money amount) {

}
