package coop.occe.retkoop.ledger.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.ledger.YearOpeningStep;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a newly opened year with its checked opening balances and has each
 * {@link YearOpeningStep} carry what it keeps from the previous year, in one transaction.
 */
@Component
public class YearOpener {

	private final Directory directory;

	private final FiscalYearRepository years;

	private final List<YearOpeningStep> openingSteps;

	private final LedgerAudit audit;

	private final TransactionTemplate transaction;

	YearOpener(Directory directory, FiscalYearRepository years, List<YearOpeningStep> openingSteps, LedgerAudit audit,
			PlatformTransactionManager transactions) {
		this.directory = directory;
		this.years = years;
		this.openingSteps = openingSteps;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Opens the year, or answers the one another session opened at the same moment;
	 * refused when the cooperative is unknown.
	 */
	public Result<FiscalYear> open(long cooperativeId, SchoolYear year, Optional<FiscalYear> previous,
			Money openingBank, Money openingCash, VoucherStyle style) {
		List<YearOpeningStep.Carry> carries = this.openingSteps.stream()
			.map((step) -> step.prepare(previous, year))
			.toList();
		Money openingAdvances = carries.stream()
			.map(YearOpeningStep.Carry::openingAdvances)
			.reduce(Money.ZERO, Money::plus);
		Optional<CooperativeSummary> found = this.directory.cooperative(cooperativeId);
		if (found.isEmpty()) {
			return Result.refused(Problem.of(null, "ledger.cooperative.unknown"));
		}
		CooperativeSummary coop = found.get();
		try {
			this.transaction.executeWithoutResult((status) -> {
				long yearId = this.years.insert(cooperativeId, coop.associationId(), year, openingBank, openingCash,
						openingAdvances, style);
				List<Map<String, String>> carried = carries.stream().map((carry) -> carry.carryInto(yearId)).toList();
				this.audit.yearOpened(coop.associationId(), cooperativeId, coop.name() + " " + year.label(),
						openingBank, openingCash, carried, style);
			});
		}
		catch (DuplicateKeyException ex) {
			// Opened at the same moment by another session: keep theirs.
		}
		return Result.done(this.years.find(cooperativeId, year).orElseThrow());
	}

}
