package coop.occe.retkoop.ledger;

import java.time.LocalDate;

import coop.occe.retkoop.ledger.inventory.DurableGood;
import coop.occe.retkoop.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurableGoodTests {

	final DurableGood projector = new DurableGood(1, "Vidéoprojecteur", LocalDate.of(2020, 10, 15), Money.of("499.99"),
			null, null);

	@Test
	void theInsuredValueLoses10PercentAFullYearNeverBelow20Percent() {
		assertThat(this.projector.insuredValue(LocalDate.of(2021, 10, 14))).isEqualTo(Money.of("499.99"));
		assertThat(this.projector.insuredValue(LocalDate.of(2021, 10, 15))).isEqualTo(Money.of("449.99"));
		assertThat(this.projector.insuredValue(LocalDate.of(2026, 11, 28))).isEqualTo(Money.of("200.00"));
		assertThat(this.projector.insuredValue(LocalDate.of(2028, 10, 15))).isEqualTo(Money.of("100.00"));
		assertThat(this.projector.insuredValue(LocalDate.of(2040, 1, 1))).isEqualTo(Money.of("100.00"));
	}

	@Test
	void aDisposedGoodIsNoLongerInsured() {
		DurableGood sold = new DurableGood(1, "Vidéoprojecteur", LocalDate.of(2020, 10, 15), Money.of("499.99"),
				LocalDate.of(2026, 1, 10), null);
		assertThat(sold.insuredValue(LocalDate.of(2026, 1, 9))).isEqualTo(Money.of("250.00"));
		assertThat(sold.insuredValue(LocalDate.of(2026, 1, 10))).isEqualTo(Money.ZERO);
	}

}
