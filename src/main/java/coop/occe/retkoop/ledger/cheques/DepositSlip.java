package coop.occe.retkoop.ledger.cheques;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * A remise de chèques: cheques received, deposited together at the bank.
 */
public record DepositSlip(long id, int number, LocalDate date, Money total, int chequeCount) {

}
