package coop.occe.retkoop.ledger;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * An entry was recorded in a cooperative's books.
 */
public record EntryPosted(long cooperativeId, long entryId, String voucher, LocalDate date, Money amount) {

}
