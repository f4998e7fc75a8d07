package coop.occe.retkoop.ledger.advances;

import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBookRepository;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * No régie is still open at the year's end, unless it was carried into the next year (the
 * next year's opening carries it, with what the teacher still holds).
 */
@Component
class AdvancesClosedCheck implements YearEndCheck {

	private final Advances advances;

	private final ClassBookRepository classBooks;

	AdvancesClosedCheck(Advances advances, ClassBookRepository classBooks) {
		this.advances = advances;
		this.classBooks = classBooks;
	}

	@Override
	public String name() {
		return "advancesClosed";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fixPath() {
		return "/coop/comptabilite/regies";
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		String next = year.schoolYear().next().label();
		return this.advances.openAdvances(year)
			.stream()
			.filter((advance) -> !this.advances.isCarriedForward(advance))
			.map((advance) -> (advance.classBookId() == null)
					? Problem.of(null, "yearend.advancesClosed.open", advance.holder(), advance.remaining().format(),
							next)
					: Problem.of(null, "yearend.advancesClosed.openOfClass", advance.holder(),
							this.classBooks.book(year.cooperativeId(), advance.classBookId())
								.map(ClassBook::className)
								.orElse(""),
							advance.remaining().format(), next))
			.toList();
	}

}
