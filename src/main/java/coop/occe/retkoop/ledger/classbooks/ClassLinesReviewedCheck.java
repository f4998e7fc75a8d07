package coop.occe.retkoop.ledger.classbooks;

import java.util.List;
import java.util.Objects;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/** No line of a class cash book is still waiting for the mandataire's review. */
@Component
class ClassLinesReviewedCheck implements YearEndCheck {

	private final ClassBooks classBooks;

	ClassLinesReviewedCheck(ClassBooks classBooks) {
		this.classBooks = classBooks;
	}

	@Override
	public String name() {
		return "classLinesReviewed";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String fixPath() {
		return "/coop/comptabilite/classes";
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		return this.classBooks.books(year.cooperativeId()).stream().map((book) -> {
			long pending = this.classBooks.lines(year, book)
				.stream()
				.filter((line) -> line.state() == ClassLine.State.PENDING)
				.count();
			return (pending == 0) ? null : Problem.of(null, "yearend.classLinesReviewed.pending", book.className(),
					book.teacherName(), pending);
		}).filter(Objects::nonNull).toList();
	}

}
