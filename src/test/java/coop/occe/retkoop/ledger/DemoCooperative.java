package coop.occe.retkoop.ledger;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;

/** The seed letter's cooperative (Jules Ferry, LA ROSE) in the demo data of the Lot. */
final class DemoCooperative {

	private DemoCooperative() {
	}

	static CooperativeSummary of(Directory directory) {
		return directory.associations()
			.stream()
			.filter((association) -> "046".equals(association.number()))
			.flatMap((lot) -> directory.activeCooperativesOf(lot.id()).stream())
			.filter((cooperative) -> "0460410W".equals(cooperative.uai()))
			.findFirst()
			.orElseThrow();
	}

}
