package coop.occe.retkoop.reporting;

import java.time.LocalDate;

import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.stereotype.Service;

/**
 * The date by which a cooperative sends its year's CRF to its AD: 30 September after the
 * year's end by default, or what the AD set for the school year.
 */
@Service
public class Deadlines {

	/** The deadline of the AD for the school year's CRF. */
	public LocalDate of(long associationId, SchoolYear year) {
		return year.lastDay().plusDays(30);
	}

}
