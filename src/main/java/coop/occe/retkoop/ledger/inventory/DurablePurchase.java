package coop.occe.retkoop.ledger.inventory;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * A purchase of the year on account 68 (durable goods) not yet in the inventory: its
 * entry and what it paid on 68.
 */
public record DurablePurchase(long entryId, String voucher, LocalDate date, String label, Money amount) {

}
