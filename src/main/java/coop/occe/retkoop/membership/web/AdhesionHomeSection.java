package coop.occe.retkoop.membership.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.HomeSection;
import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * The adhésion of the current school year on the mandataire's sommaire: where it stands,
 * what is missing before it can be sent, the AD's reason when it was handed back, and the
 * days left before the AD closes the adhésions.
 */
@Component
class AdhesionHomeSection implements HomeSection {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final Adhesions adhesions;

	AdhesionHomeSection(Adhesions adhesions) {
		this.adhesions = adhesions;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public Optional<Card> card(CooperativeSummary cooperative) {
		AdhesionSnapshot snapshot = this.adhesions.snapshot(cooperative, this.adhesions.currentYear());
		List<Problem> lines = new ArrayList<>();
		AdhesionState state = snapshot.adhesion().state();
		if (!snapshot.hasTariffs()) {
			lines.add(Problem.of(null, "membership.home.notOpened"));
		}
		else if (state == AdhesionState.RETURNED) {
			lines.add(Problem.of("danger", "membership.home.returned", snapshot.adhesion().returnReason()));
		}
		else {
			lines.add((state == AdhesionState.VALIDATED)
					? Problem.of("success", "membership.home.state." + state,
							snapshot.adhesion().attestationReference())
					: Problem.of(null, "membership.home.state." + state));
		}
		if (snapshot.editable()) {
			snapshot.missing().forEach((missing) -> lines.add(Problem.of(null, missing)));
			long days = ChronoUnit.DAYS.between(this.adhesions.today(), snapshot.tariffs().closesOn());
			String closesOn = SHOWN.format(snapshot.tariffs().closesOn());
			lines.add((days >= 0) ? Problem.of(null, "membership.home.deadline", closesOn, days)
					: Problem.of(null, "membership.home.deadlinePassed", closesOn));
		}
		return Optional.of(new Card("adhesion", Problem.of(null, "membership.home.heading", snapshot.year().label()),
				lines, "/coop/adhesion", "membership.home.sectionLink"));
	}

}
