package coop.occe.retkoop.ledger.pointing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * The bank is reconciled at the year's end: a statement dated on or after 31 August, with
 * the books' bank balance less what is not on it yet equal to its balance.
 */
@Component
class BankReconciledCheck implements YearEndCheck {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Pointing pointing;

	BankReconciledCheck(Pointing pointing) {
		this.pointing = pointing;
	}

	@Override
	public String name() {
		return "bankReconciled";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String fixPath() {
		return "/coop/comptabilite/pointage";
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		LocalDate lastDay = year.schoolYear().lastDay();
		Optional<BankStatement> latest = this.pointing.latest(year);
		if (latest.isEmpty()) {
			return List.of(Problem.of(null, "yearend.bankReconciled.none", SHOWN.format(lastDay)));
		}
		if (latest.get().date().isBefore(lastDay)) {
			return List.of(Problem.of(null, "yearend.bankReconciled.tooEarly", SHOWN.format(latest.get().date()),
					SHOWN.format(lastDay)));
		}
		Reconciliation reconciliation = this.pointing.reconciliation(year, latest.get());
		if (!reconciliation.isReconciled()) {
			return List.of(Problem.of(null, "yearend.bankReconciled.difference", SHOWN.format(latest.get().date()),
					reconciliation.difference().format()));
		}
		return List.of();
	}

}
