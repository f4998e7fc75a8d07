package coop.occe.retkoop.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.AccountTotal;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Position;
import coop.occe.retkoop.ledger.bilan.Bilan;
import coop.occe.retkoop.ledger.bilan.Bilans;
import coop.occe.retkoop.reporting.FinancialReport.AccountAmount;
import coop.occe.retkoop.reporting.FinancialReport.BankReconciliation;
import coop.occe.retkoop.reporting.FinancialReport.CashCount;
import coop.occe.retkoop.reporting.FinancialReport.Holdings;
import coop.occe.retkoop.reporting.FinancialReport.ReportLine;
import coop.occe.retkoop.reporting.crf.CrfMapping;
import coop.occe.retkoop.reporting.crf.CrfMappings;
import coop.occe.retkoop.shared.Money;

import org.springframework.stereotype.Service;

/**
 * Builds the CRF of a cooperative's year from its bilan (totals per account, never every
 * line again), gathering the accounts in the lines its AD set for the school year.
 */
@Service
public class FinancialReports {

	private final Bilans bilans;

	private final Ledger ledger;

	private final CrfMappings mappings;

	FinancialReports(Bilans bilans, Ledger ledger, CrfMappings mappings) {
		this.bilans = bilans;
		this.ledger = ledger;
		this.mappings = mappings;
	}

	/** The CRF of the year on its last day (or on the nearest day of the year). */
	public FinancialReport of(FiscalYear year) {
		Bilan bilan = this.bilans.figuresAt(year, year.schoolYear().lastDay());
		Position position = bilan.position();
		List<Account> chart = this.ledger.chart(year.associationId(), year.schoolYear());
		CrfMapping mapping = this.mappings.of(year.associationId(), year.schoolYear());
		return new FinancialReport(year.id(), year.cooperativeId(), year.associationId(), year.schoolYear(),
				bilan.date(), lines(mapping, AccountKind.CHARGE, chart, position.charges()),
				lines(mapping, AccountKind.PRODUCT, chart, position.products()), position.totalCharges(),
				position.totalProducts(),
				new Holdings(position.openingBank(), position.openingCash(), position.openingAdvances()),
				new Holdings(position.bank(), position.cash(), position.advances()), bilan.totalSubsidies(),
				bilan.inventoryValue(),
				bilan.bankFigures()
					.map((b) -> new BankReconciliation(b.statementDate(), b.statementBalance(), b.booksBalance(),
							b.unpointedTotal(), b.difference()))
					.orElse(null),
				bilan.cashCountFigures()
					.map((c) -> new CashCount(c.date(), c.counted(), c.books(), c.difference()))
					.orElse(null));
	}

	// Each line adds the totals of its accounts; every account is in exactly one line.
	private static List<ReportLine> lines(CrfMapping mapping, AccountKind kind, List<Account> chart,
			List<AccountTotal> totals) {
		Map<String, AccountTotal> byCode = totals.stream()
			.collect(Collectors.toMap(AccountTotal::code, Function.identity()));
		return mapping.groups(kind, chart, byCode.keySet()).stream().map((group) -> {
			List<AccountAmount> amounts = group.accountCodes()
				.stream()
				.map(byCode::get)
				.filter((total) -> total != null)
				.map((total) -> new AccountAmount(total.code(), total.label(), total.total()))
				.toList();
			Money sum = amounts.stream().map(AccountAmount::total).reduce(Money.ZERO, Money::plus);
			return new ReportLine(group.line().code(), group.line().label(), sum, amounts);
		}).toList();
	}

}
