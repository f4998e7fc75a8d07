package coop.occe.retkoop.ledger;

import java.util.ArrayList;
import java.util.List;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * One cooperative's books for one school year (1 September to 31 August), with what it
 * held on 1 September in the bank, in the cash box and in régies still open.
 */
public record FiscalYear(long id, long cooperativeId, long associationId, SchoolYear schoolYear, Money openingBank,
		Money openingCash, Money openingAdvances, VoucherStyle voucherStyle, boolean closed) {

	/**
	 * Problems of the opening balances as typed (each may be null when not an amount).
	 */
	public static List<Problem> checkOpening(Money openingBank, Money openingCash, VoucherStyle style) {
		List<Problem> problems = new ArrayList<>();
		if (openingBank == null) {
			problems.add(Problem.of("openingBank", "ledger.opening.required"));
		}
		if (openingCash == null) {
			problems.add(Problem.of("openingCash", "ledger.opening.required"));
		}
		else if (openingCash.isNegative()) {
			problems.add(Problem.of("openingCash", "ledger.opening.cashNegative"));
		}
		if (style == null) {
			problems.add(Problem.of("voucherStyle", "ledger.voucherStyle.required"));
		}
		return problems;
	}

}
