package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.shared.Money;

/**
 * Computes the fee block from the AD's tariffs and what the cooperative declares. Pure:
 * no database, no clock, so that it can be checked line by line.
 */
public final class FeeCalculator {

	private FeeCalculator() {
	}

	/**
	 * @param pupils pupils declared (≥ 0)
	 * @param adults teachers and other adults declared (≥ 0)
	 * @param propertyValue declared value of the cooperative's goods (≥ 0)
	 * @param instrumentValue declared value of the musical instruments (≥ 0)
	 * @param review whether the cooperative subscribes to "Animation &amp; Éducation"
	 * @param voluntary the voluntary participation (≥ 0), ignored when the AD does not
	 * offer it
	 */
	public static Fees compute(Tariffs tariffs, int pupils, int adults, Money propertyValue, Money instrumentValue,
			boolean review, Money voluntary) {
		if (pupils < 0 || adults < 0 || propertyValue.isNegative() || instrumentValue.isNegative()
				|| voluntary.isNegative()) {
			throw new IllegalArgumentException("Counts and declared values must not be negative");
		}
		Money adhesion = tariffs.adhesionPerPupil().times(pupils).plus(tariffs.adhesionPerAdult().times(adults));
		Money insurance = tariffs.insurancePerPupil().times(pupils).plus(tariffs.insurancePerAdult().times(adults));
		Money property = aboveThreshold(propertyValue, tariffs.propertyThreshold()).times(tariffs.propertyRate());
		Money instruments = aboveThreshold(instrumentValue, tariffs.instrumentThreshold())
			.times(tariffs.instrumentRate());
		Money reviewLine = (review && tariffs.offersReview()) ? tariffs.reviewPrice() : Money.ZERO;
		Money voluntaryLine = tariffs.voluntaryOffered() ? voluntary : Money.ZERO;
		Money federal = tariffs.federalShare().times(pupils + adults);
		return new Fees(pupils, adults, adhesion, insurance, property, instruments, reviewLine, voluntaryLine, federal);
	}

	/** The part of the value above the free threshold, zero when at or below it. */
	static Money aboveThreshold(Money value, Money threshold) {
		return (value.compareTo(threshold) > 0) ? value.minus(threshold) : Money.ZERO;
	}

}
