package coop.occe.retkoop.ledger.cheques;

import java.util.List;

import coop.occe.retkoop.ledger.EntryChangeGuard;
import coop.occe.retkoop.shared.Problem;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A cheque already on a deposit slip has gone to the bank: its entry stays. */
@Component
@Order(2)
class DepositedChequeGuard implements EntryChangeGuard {

	private final DepositSlipRepository slips;

	DepositedChequeGuard(DepositSlipRepository slips) {
		this.slips = slips;
	}

	@Override
	public List<Problem> problemsChanging(long entryId) {
		return this.slips.isDeposited(entryId) ? List.of(Problem.of(null, "ledger.entry.deposited")) : List.of();
	}

}
