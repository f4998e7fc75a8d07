package coop.occe.retkoop.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.stereotype.Service;

/**
 * The date by which a cooperative sends its year's CRF to its AD: 30 September after the
 * year's end by default, or what the AD set for the school year.
 */
@Service
public class Deadlines {

	private final YearEndSettings settings;

	Deadlines(YearEndSettings settings) {
		this.settings = settings;
	}

	/** The deadline of the AD for the school year's CRF. */
	public LocalDate of(long associationId, SchoolYear year) {
		return this.settings.deadline(associationId, year);
	}

	/** Days from today to the deadline: negative when it has passed. */
	public static long daysLeft(LocalDate today, LocalDate deadline) {
		return ChronoUnit.DAYS.between(today, deadline);
	}

}
