package coop.occe.retkoop.ledger.projects;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * One line of the subsidies table: public money received, read from the entries on 74…
 * accounts.
 */
public record Subsidy(long entryId, String voucher, LocalDate date, String accountCode, String funder, String purpose,
		Money amount) {

}
