package coop.occe.retkoop.shared;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

	@Test
	void formatsTheFrenchWay() {
		assertThat(Money.of("125.05").format()).isEqualTo("125,05\u00A0€");
		assertThat(Money.of("1234.5").formatNumber()).isEqualTo("1\u202F234,50");
		assertThat(Money.of("-0.25").formatNumber()).isEqualTo("-0,25");
		assertThat(Money.euros(2000).formatNumber()).isEqualTo("2\u202F000,00");
	}

	@Test
	void parsesWhatPeopleType() {
		assertThat(Money.parse("1 234,50")).contains(Money.ofCents(123450));
		assertThat(Money.parse("1234.5")).contains(Money.ofCents(123450));
		assertThat(Money.parse("12")).contains(Money.euros(12));
		assertThat(Money.parse("0,25 €")).contains(Money.ofCents(25));
		assertThat(Money.parse("-3,10")).contains(Money.ofCents(-310));
		assertThat(Money.parse("douze")).isEmpty();
		assertThat(Money.parse("1,234")).isEmpty();
		assertThat(Money.parse("")).isEmpty();
		assertThat(Money.parse(null)).isEmpty();
	}

	@Test
	void roundsHalfUpToTheCent() {
		assertThat(Money.of(new BigDecimal("0.005"))).isEqualTo(Money.ofCents(1));
		assertThat(Money.of(new BigDecimal("0.0049"))).isEqualTo(Money.ZERO);
		assertThat(Money.euros(1000).times(new BigDecimal("0.00688"))).isEqualTo(Money.ofCents(688));
	}

	@Property
	void formattedAmountsReadBackToTheSameCents(
			@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long cents) {
		Money money = Money.ofCents(cents);
		assertThat(Money.parse(money.formatNumber())).contains(money);
	}

	@Property
	void additionAndSubtractionAreExact(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
			@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long b) {
		assertThat(Money.ofCents(a).plus(Money.ofCents(b)).minus(Money.ofCents(b))).isEqualTo(Money.ofCents(a));
	}

}
