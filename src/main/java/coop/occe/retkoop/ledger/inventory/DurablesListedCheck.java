package coop.occe.retkoop.ledger.inventory;

import java.time.format.DateTimeFormatter;
import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/** Every purchase of the year on a 68… account is in the inventory of durable goods. */
@Component
class DurablesListedCheck implements YearEndCheck {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Inventory inventory;

	DurablesListedCheck(Inventory inventory) {
		this.inventory = inventory;
	}

	@Override
	public String name() {
		return "durablesListed";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String fixPath() {
		return "/coop/comptabilite/inventaire";
	}

	@Override
	public List<Problem> remaining(FiscalYear year) {
		return this.inventory.durablePurchasesNotListed(year)
			.stream()
			.map((purchase) -> Problem.of(null, "yearend.durablesListed.missing", purchase.label(),
					SHOWN.format(purchase.date()), purchase.amount().format(), purchase.voucher()))
			.toList();
	}

}
