package coop.occe.retkoop.membership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * What an AD asks for one school year: the adhésion window, the rates per pupil and per
 * adult, the insurance of goods and instruments above their free thresholds, the optional
 * lines and the payment methods it accepts.
 */
public record Tariffs(long associationId, SchoolYear year, LocalDate opensOn, LocalDate closesOn,
		Money adhesionPerPupil, Money adhesionPerAdult, Money insurancePerPupil, Money insurancePerAdult,
		Money propertyThreshold, BigDecimal propertyRate, Money instrumentThreshold, BigDecimal instrumentRate,
		Money reviewPrice, boolean voluntaryOffered, Money federalShare, boolean allowsImmediateDebit,
		boolean allowsDecemberDebit, boolean allowsCheque, boolean allowsClickToSign) {

	/** Tariffs of an AD that wants the engagement signed by hand (the default). */
	public Tariffs(long associationId, SchoolYear year, LocalDate opensOn, LocalDate closesOn, Money adhesionPerPupil,
			Money adhesionPerAdult, Money insurancePerPupil, Money insurancePerAdult, Money propertyThreshold,
			BigDecimal propertyRate, Money instrumentThreshold, BigDecimal instrumentRate, Money reviewPrice,
			boolean voluntaryOffered, Money federalShare, boolean allowsImmediateDebit, boolean allowsDecemberDebit,
			boolean allowsCheque) {
		this(associationId, year, opensOn, closesOn, adhesionPerPupil, adhesionPerAdult, insurancePerPupil,
				insurancePerAdult, propertyThreshold, propertyRate, instrumentThreshold, instrumentRate, reviewPrice,
				voluntaryOffered, federalShare, allowsImmediateDebit, allowsDecemberDebit, allowsCheque, false);
	}

	public static final BigDecimal DEFAULT_PROPERTY_RATE = new BigDecimal("0.00688");

	/** The defaults proposed to an AD that has not set the year yet: 1–30 September. */
	public static Tariffs defaults(long associationId, SchoolYear year) {
		return new Tariffs(associationId, year, year.firstDay(), year.firstDay().plusDays(29), Money.ZERO, Money.ZERO,
				Money.ZERO, Money.ZERO, Money.euros(2000), DEFAULT_PROPERTY_RATE, Money.euros(15000),
				DEFAULT_PROPERTY_RATE, Money.ZERO, false, Money.ZERO, true, true, false);
	}

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

	public boolean offersReview() {
		return this.reviewPrice.isPositive();
	}

	public boolean sameRateForEveryone() {
		return this.adhesionPerPupil.equals(this.adhesionPerAdult)
				&& this.insurancePerPupil.equals(this.insurancePerAdult);
	}

	/** For the templates, which name the choice. */
	public boolean allowsNamed(String choice) {
		return allows(PaymentChoice.valueOf(choice));
	}

	public boolean allows(PaymentChoice choice) {
		return switch (choice) {
			case NONE -> true;
			case IMMEDIATE_DEBIT -> this.allowsImmediateDebit;
			case DECEMBER_DEBIT -> this.allowsDecemberDebit;
			case CHEQUE -> this.allowsCheque;
		};
	}

}
