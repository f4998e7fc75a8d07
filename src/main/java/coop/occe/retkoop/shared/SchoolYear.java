package coop.occe.retkoop.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, which is also the fiscal year: 1 September to 31 August.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

	public static SchoolYear containing(LocalDate date) {
		return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.startYear, Month.SEPTEMBER, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.startYear + 1, Month.AUGUST, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public SchoolYear previous() {
		return new SchoolYear(this.startYear - 1);
	}

	public SchoolYear next() {
		return new SchoolYear(this.startYear + 1);
	}

	/** "2025 - 2026", as the membership screen writes it. */
	public String label() {
		return this.startYear + " - " + (this.startYear + 1);
	}

	@Override
	public int compareTo(SchoolYear other) {
		return Integer.compare(this.startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

}
