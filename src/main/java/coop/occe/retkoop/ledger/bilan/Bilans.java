package coop.occe.retkoop.ledger.bilan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.advances.Advance;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.ledger.cashcount.CashCount;
import coop.occe.retkoop.ledger.cashcount.CashCounts;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.ledger.classbooks.ClassLine;
import coop.occe.retkoop.ledger.inventory.Inventory;
import coop.occe.retkoop.ledger.pointing.Pointing;
import coop.occe.retkoop.ledger.projects.Projects;
import coop.occe.retkoop.ledger.projects.Subsidy;
import coop.occe.retkoop.shared.Money;

import org.springframework.stereotype.Service;

/**
 * Builds the bilan of a cooperative's year from the totals per account (never by adding
 * every line again) and from the registers of the features.
 */
@Service
public class Bilans {

	private final Ledger ledger;

	private final Projects projects;

	private final CashCounts cashCounts;

	private final Inventory inventory;

	private final Advances advances;

	private final ClassBooks classBooks;

	private final Pointing pointing;

	Bilans(Ledger ledger, Projects projects, CashCounts cashCounts, Inventory inventory, Advances advances,
			ClassBooks classBooks, Pointing pointing) {
		this.pointing = pointing;
		this.ledger = ledger;
		this.projects = projects;
		this.cashCounts = cashCounts;
		this.inventory = inventory;
		this.advances = advances;
		this.classBooks = classBooks;
	}

	/** The bilan at a date of the year, brought within the year. */
	public Bilan at(FiscalYear year, LocalDate wanted) {
		LocalDate date = within(year, wanted);
		List<Subsidy> subsidies = this.projects.subsidies(year)
			.stream()
			.filter((subsidy) -> !subsidy.date().isAfter(date))
			.toList();
		return bilan(year, date, subsidies, subsidies.stream().map(Subsidy::amount).reduce(Money.ZERO, Money::plus));
	}

	/**
	 * The bilan at a date of the year in figures, for the reports: the same totals as
	 * {@link #at}, without the list of the subsidies.
	 */
	public Bilan figuresAt(FiscalYear year, LocalDate wanted) {
		LocalDate date = within(year, wanted);
		return bilan(year, date, List.of(), this.projects.subsidiesTotal(year, date));
	}

	private Bilan bilan(FiscalYear year, LocalDate date, List<Subsidy> subsidies, Money totalSubsidies) {
		Optional<CashCount> lastCount = this.cashCounts.cashCounts(year)
			.stream()
			.filter((count) -> !count.date().isAfter(date))
			.max(Comparator.comparing(CashCount::date));
		List<Advance> open = this.advances.advances(year)
			.stream()
			.filter((advance) -> !advance.openedOn().isAfter(date))
			.filter((advance) -> advance.closedOn() == null || advance.closedOn().isAfter(date))
			.toList();
		int pending = this.classBooks.books(year.cooperativeId())
			.stream()
			.mapToInt((book) -> (int) this.classBooks.lines(year, book)
				.stream()
				.filter((line) -> line.state() == ClassLine.State.PENDING)
				.count())
			.sum();
		return new Bilan(date, date.equals(year.schoolYear().lastDay()), this.ledger.position(year, date), subsidies,
				totalSubsidies, lastCount, this.inventory.declaredPropertyValue(year.cooperativeId(), date),
				this.inventory.durablePurchasesNotListed(year).size(), open, pending,
				this.pointing.reconciliation(year, date));
	}

	/** The date asked for, or the nearest day of the school year. */
	public static LocalDate within(FiscalYear year, LocalDate wanted) {
		if (wanted.isBefore(year.schoolYear().firstDay())) {
			return year.schoolYear().firstDay();
		}
		if (wanted.isAfter(year.schoolYear().lastDay())) {
			return year.schoolYear().lastDay();
		}
		return wanted;
	}

}
