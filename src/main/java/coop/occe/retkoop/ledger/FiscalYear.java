package coop.occe.retkoop.ledger;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * One cooperative's books for one school year (1 September to 31 August).
 */
public record FiscalYear(long id, long cooperativeId, long associationId, SchoolYear schoolYear, Money openingBank,
		Money openingCash, VoucherStyle voucherStyle, boolean closed) {

}
