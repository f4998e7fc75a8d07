package coop.occe.retkoop.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

import coop.occe.retkoop.membership.internal.FeeCalculator;
import coop.occe.retkoop.membership.internal.Fees;
import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeeCalculatorTests {

	static final Tariffs LOT = tariffs("2.05", "2.05", "0.25", "0.25", "0.00688", "0", false);

	static Tariffs tariffs(String adhesionPupil, String adhesionAdult, String insurancePupil, String insuranceAdult,
			String instrumentRate, String review, boolean voluntary) {
		SchoolYear year = new SchoolYear(2026);
		return new Tariffs(1, year, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), Money.of(adhesionPupil),
				Money.of(adhesionAdult), Money.of(insurancePupil), Money.of(insuranceAdult), Money.euros(2000),
				new BigDecimal("0.00688"), Money.euros(15000), new BigDecimal(instrumentRate), Money.of(review),
				voluntary, Money.of("0.40"), true, true, false);
	}

	@Test
	void theSeedExampleOfSixtyOneCooperatorsPays125Euros05AndInsurance15Euros25() {
		Fees fees = FeeCalculator.compute(LOT, 57, 4, Money.ZERO, Money.ZERO, false, Money.ZERO);
		assertThat(fees.cooperators()).isEqualTo(61);
		assertThat(fees.adhesion()).isEqualTo(Money.of("125.05"));
		assertThat(fees.insurance()).isEqualTo(Money.of("15.25"));
		assertThat(fees.property()).isEqualTo(Money.ZERO);
		assertThat(fees.instruments()).isEqualTo(Money.ZERO);
		assertThat(fees.total()).isEqualTo(Money.of("140.30"));
		assertThat(fees.total().format()).isEqualTo("140,30\u00A0€");
	}

	@Test
	void pupilsAndAdultsMayHaveDifferentRates() {
		Tariffs tariffs = tariffs("2.25", "8.00", "0.25", "0.30", "0.00688", "0", false);
		Fees fees = FeeCalculator.compute(tariffs, 57, 4, Money.ZERO, Money.ZERO, false, Money.ZERO);
		assertThat(fees.adhesion()).isEqualTo(Money.of("160.25"));
		assertThat(fees.insurance()).isEqualTo(Money.of("15.45"));
	}

	@Test
	void propertyIsFreeUpToExactly2000EurosThenPays0Point00688PerEuroAbove() {
		assertThat(property("2000.00")).isEqualTo(Money.ZERO);
		assertThat(property("2000.01")).isEqualTo(Money.ZERO);
		assertThat(property("2100.00")).isEqualTo(Money.of("0.69"));
		assertThat(property("12000.00")).isEqualTo(Money.of("68.80"));
	}

	@Test
	void propertyPremiumIsRoundedHalfUpToTheCent() {
		// 2 072,67 € − 2 000 € = 72,67 € × 0,00688 = 0,4999696 → 0,50 €
		assertThat(property("2072.67")).isEqualTo(Money.of("0.50"));
		// 70 € × 0,00688 = 0,4816 → 0,48 €
		assertThat(property("2070.00")).isEqualTo(Money.of("0.48"));
		// 2 500 € → 500 × 0,00688 = 3,44 exactly
		assertThat(property("2500.00")).isEqualTo(Money.of("3.44"));
	}

	@Test
	void instrumentsAreFreeUpToExactly15000EurosThenPayTheAdsRate() {
		Tariffs tariffs = tariffs("2.05", "2.05", "0.25", "0.25", "0.01", "0", false);
		assertThat(
				FeeCalculator.compute(tariffs, 1, 1, Money.ZERO, Money.euros(15000), false, Money.ZERO).instruments())
			.isEqualTo(Money.ZERO);
		assertThat(
				FeeCalculator.compute(tariffs, 1, 1, Money.ZERO, Money.euros(16000), false, Money.ZERO).instruments())
			.isEqualTo(Money.of("10.00"));
	}

	@Test
	void reviewAndVoluntaryParticipationCountOnlyWhenTheAdOffersThem() {
		Tariffs offering = tariffs("2.05", "2.05", "0.25", "0.25", "0.00688", "12.50", true);
		Fees fees = FeeCalculator.compute(offering, 10, 1, Money.ZERO, Money.ZERO, true, Money.of("5"));
		assertThat(fees.review()).isEqualTo(Money.of("12.50"));
		assertThat(fees.voluntary()).isEqualTo(Money.of("5.00"));
		assertThat(fees.total()).isEqualTo(Money.of("22.55").plus(Money.of("2.75")).plus(Money.of("17.50")));

		Fees notOffered = FeeCalculator.compute(LOT, 10, 1, Money.ZERO, Money.ZERO, true, Money.of("5"));
		assertThat(notOffered.review()).isEqualTo(Money.ZERO);
		assertThat(notOffered.voluntary()).isEqualTo(Money.ZERO);
	}

	@Test
	void federalShareIsPerCooperatorAndNotAddedToTheAmountToPay() {
		Fees fees = FeeCalculator.compute(LOT, 57, 4, Money.ZERO, Money.ZERO, false, Money.ZERO);
		assertThat(fees.federalShare()).isEqualTo(Money.of("24.40"));
		assertThat(fees.total()).isEqualTo(Money.of("140.30"));
	}

	@Test
	void refusesNegativeDeclarations() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FeeCalculator.compute(LOT, -1, 0, Money.ZERO, Money.ZERO, false, Money.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FeeCalculator.compute(LOT, 1, 0, Money.of("-1"), Money.ZERO, false, Money.ZERO));
	}

	@Property
	void everyLineIsNonNegativeAndTheTotalIsTheSumOfTheLines(@ForAll @IntRange(max = 2000) int pupils,
			@ForAll @IntRange(max = 200) int adults, @ForAll @LongRange(max = 10_000_000_00L) long propertyCents,
			@ForAll @LongRange(max = 10_000_000_00L) long instrumentCents, @ForAll boolean review,
			@ForAll @LongRange(max = 1_000_000L) long voluntaryCents) {
		Tariffs tariffs = tariffs("2.25", "8.00", "0.25", "0.30", "0.0123", "9.90", true);
		Fees fees = FeeCalculator.compute(tariffs, pupils, adults, Money.ofCents(propertyCents),
				Money.ofCents(instrumentCents), review, Money.ofCents(voluntaryCents));
		Money[] lines = { fees.adhesion(), fees.insurance(), fees.property(), fees.instruments(), fees.review(),
				fees.voluntary() };
		Money sum = Money.ZERO;
		for (Money line : lines) {
			assertThat(line.isNegative()).isFalse();
			sum = sum.plus(line);
		}
		assertThat(fees.total()).isEqualTo(sum);
		assertThat(fees.adhesionSubtotal().plus(fees.insuranceSubtotal()).plus(fees.review()).plus(fees.voluntary()))
			.isEqualTo(fees.total());
	}

	@Property
	void propertyPremiumIsTheRoundedRateTimesTheExcessAndGrowsWithTheValue(
			@ForAll @LongRange(max = 100_000_000L) long cents) {
		Money value = Money.ofCents(cents);
		Money premium = FeeCalculator.compute(LOT, 0, 0, value, Money.ZERO, false, Money.ZERO).property();
		BigDecimal excess = BigDecimal.valueOf(Math.max(0, cents - 200_000), 2);
		assertThat(premium).isEqualTo(Money.of(excess.multiply(new BigDecimal("0.00688"))));
		Money next = FeeCalculator.compute(LOT, 0, 0, value.plus(Money.ofCents(100)), Money.ZERO, false, Money.ZERO)
			.property();
		assertThat(next.compareTo(premium)).isGreaterThanOrEqualTo(0);
	}

	private static Money property(String value) {
		return FeeCalculator.compute(LOT, 0, 0, Money.of(value), Money.ZERO, false, Money.ZERO).property();
	}

}
