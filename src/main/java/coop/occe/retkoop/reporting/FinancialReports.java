package coop.occe.retkoop.reporting;

import java.util.List;

import coop.occe.retkoop.ledger.AccountTotal;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.bilan.Bilan;
import coop.occe.retkoop.ledger.bilan.Bilans;
import coop.occe.retkoop.reporting.FinancialReport.AccountAmount;
import coop.occe.retkoop.reporting.FinancialReport.Holdings;
import coop.occe.retkoop.reporting.FinancialReport.ReportLine;

import org.springframework.stereotype.Service;

/**
 * Builds the CRF of a cooperative's year from its bilan (totals per account, never every
 * line again).
 */
@Service
public class FinancialReports {

	private final Bilans bilans;

	FinancialReports(Bilans bilans) {
		this.bilans = bilans;
	}

	/** The CRF of the year on its last day (or on the nearest day of the year). */
	public FinancialReport of(FiscalYear year) {
		Bilan bilan = this.bilans.at(year, year.schoolYear().lastDay());
		var position = bilan.position();
		return new FinancialReport(year.id(), year.cooperativeId(), year.associationId(), year.schoolYear(),
				bilan.date(), lines(position.charges()), lines(position.products()), position.totalCharges(),
				position.totalProducts(),
				new Holdings(position.openingBank(), position.openingCash(), position.openingAdvances()),
				new Holdings(position.bank(), position.cash(), position.advances()), bilan.totalSubsidies(),
				bilan.inventoryValue());
	}

	// The default mapping until the AD's own: one line per account, of the same label.
	private static List<ReportLine> lines(List<AccountTotal> totals) {
		return totals.stream()
			.map((total) -> new ReportLine(total.code(), total.label(), total.total(),
					List.of(new AccountAmount(total.code(), total.label(), total.total()))))
			.toList();
	}

}
