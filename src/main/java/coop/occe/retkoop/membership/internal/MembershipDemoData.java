package coop.occe.retkoop.membership.internal;

import java.math.BigDecimal;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The OCCE du Lot's tariffs for the current school year in the demo: 2,05 € adhésion and
 * 0,25 € insurance per coopérateur, goods free up to 2 000 € then 0,00688 € per euro,
 * instruments free up to 15 000 €. Runs after the directory's demo data (order 0).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "retkoop.demo.enabled", havingValue = "true")
class MembershipDemoData implements ApplicationRunner {

	private final Directory directory;

	private final Adhesions adhesions;

	MembershipDemoData(Directory directory, Adhesions adhesions) {
		this.directory = directory;
		this.adhesions = adhesions;
	}

	@Override
	public void run(ApplicationArguments args) {
		SchoolYear year = this.adhesions.currentYear();
		this.directory.associations()
			.stream()
			.filter((association) -> "046".equals(association.number()))
			.findFirst()
			.filter((lot) -> this.adhesions.tariffs(lot.id(), year).isEmpty())
			.ifPresent((lot) -> {
				// The real window is 1–30 September; the demo opens it from the start of
				// the
				// school year to today + 60 days so that a newcomer trying the demo on
				// any day
				// (e.g. 28 November 2026, school year 2026 - 2027) can do the whole
				// adhésion.
				var today = this.adhesions.today();
				this.adhesions.saveTariffs(new Tariffs(lot.id(), year, year.firstDay(), today.plusDays(60),
						Money.of("2.05"), Money.of("2.05"), Money.of("0.25"), Money.of("0.25"), Money.euros(2000),
						new BigDecimal("0.00688"), Money.euros(15000), new BigDecimal("0.00688"), Money.ZERO, false,
						Money.ZERO, true, true, false));
			});
	}

}
