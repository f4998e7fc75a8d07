package coop.occe.retkoop.ledger;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * One cooperative's books for one school year (1 September to 31 August), with what it
 * held on 1 September in the bank, in the cash box and in régies still open.
 */
public record FiscalYear(long id, long cooperativeId, long associationId, SchoolYear schoolYear, Money openingBank,
		Money openingCash, Money openingAdvances, VoucherStyle voucherStyle, boolean closed) {

}
