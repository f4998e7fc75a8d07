package coop.occe.retkoop.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.HomeSection;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.reporting.Deadlines;
import coop.occe.retkoop.reporting.YearEndChecks;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.stereotype.Component;

/**
 * The year end on the mandataire's sommaire: for the year to close (the previous school
 * year while its books are not closed, else the current one), what remains to do and the
 * days left before the deadline.
 */
@Component
class YearEndHomeSection implements HomeSection {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Ledger ledger;

	private final YearEndChecks checks;

	private final Deadlines deadlines;

	YearEndHomeSection(Ledger ledger, YearEndChecks checks, Deadlines deadlines) {
		this.ledger = ledger;
		this.checks = checks;
		this.deadlines = deadlines;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Card> card(CooperativeSummary cooperative) {
		return yearToClose(cooperative.id()).map(this::card);
	}

	private Optional<FiscalYear> yearToClose(long cooperativeId) {
		SchoolYear current = this.ledger.currentYear();
		return this.ledger.fiscalYear(cooperativeId, current.previous())
			.filter((previous) -> !previous.closed())
			.or(() -> this.ledger.fiscalYear(cooperativeId, current));
	}

	private Card card(FiscalYear year) {
		YearEndProgress progress = YearEndProgress.of(this.checks.run(year),
				this.deadlines.of(year.associationId(), year.schoolYear()), this.ledger.today());
		List<Problem> lines = new ArrayList<>();
		if (progress.toDo() == 0 && progress.warnings() == 0) {
			lines.add(Problem.of("success", "yearend.home.allPassed"));
		}
		else {
			lines.add(Problem.of(progress.toDo() > 0 ? "danger" : null, "yearend.home.remaining", progress.toDo(),
					progress.warnings()));
		}
		String deadline = SHOWN.format(progress.deadline());
		lines.add((progress.daysLeft() >= 0) ? Problem.of(null, "yearend.home.daysLeft", deadline, progress.daysLeft())
				: Problem.of("danger", "yearend.home.late", deadline, progress.late()));
		return new Card("year-end", Problem.of(null, "yearend.home.heading", YearEndYears.name(year.schoolYear())),
				lines, YearEndYears.path(year.schoolYear()) + "/verifications", "yearend.home.link");
	}

}
