package coop.occe.retkoop.ledger.cheques;

import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;

/**
 * A cheque the cooperative received (a receipt paid by cheque).
 */
public record ReceivedCheque(long entryId, String voucher, LocalDate date, String label, String chequeNumber,
		Money amount) {

}
