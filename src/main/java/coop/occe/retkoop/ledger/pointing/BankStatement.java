package coop.occe.retkoop.ledger.pointing;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/** A bank statement as the mandataire typed it: its date and its closing balance. */
public record BankStatement(long id, LocalDate date, Money closingBalance) {

}
