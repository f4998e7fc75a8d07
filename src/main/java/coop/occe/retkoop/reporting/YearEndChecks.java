package coop.occe.retkoop.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.reporting.internal.YearEndYears;

import org.springframework.stereotype.Service;

/**
 * Runs every {@link YearEndCheck} of every module on a cooperative's year, in order, each
 * blocking or only warning as its AD decided for the school year.
 */
@Service
public class YearEndChecks {

	private final List<YearEndCheck> checks;

	private final YearEndSettings settings;

	YearEndChecks(List<YearEndCheck> checks, YearEndSettings settings) {
		this.checks = checks.stream().sorted(Comparator.comparingInt(YearEndCheck::order)).toList();
		this.settings = settings;
	}

	/** The names of every check, in order: what the AD chooses from. */
	public List<String> names() {
		return this.checks.stream().map(YearEndCheck::name).toList();
	}

	/**
	 * Every check's outcome, in order; all of them run. A fix path may name the year as
	 * {@code {annee}} (a year-end page of the year); it is replaced by the year's name.
	 */
	public List<CheckOutcome> run(FiscalYear year) {
		Map<String, Boolean> blocking = this.settings.blocking(year.associationId(), year.schoolYear(), names());
		return this.checks.stream()
			.map((check) -> new CheckOutcome(check.name(),
					check.fixPath().replace("{annee}", YearEndYears.name(year.schoolYear())), check.remaining(year),
					blocking.get(check.name())))
			.toList();
	}

	/** Whether nothing blocks sending. */
	public static boolean allowSending(List<CheckOutcome> outcomes) {
		return outcomes.stream().noneMatch(CheckOutcome::blocks);
	}

}
