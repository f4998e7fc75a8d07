package coop.occe.retkoop.membership.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.MandataryChange;
import coop.occe.retkoop.membership.internal.MandataryChanges;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The AD's list of the year's adhésions, with filters and totals, the cooperatives that
 * have not started and the pending changes of mandataire. The settings, one adhésion's
 * review and the exports have their own controllers.
 */
@Controller
@RequestMapping("/ad/{associationId}/adhesions")
class AssociationAdhesionsController {

	private final Adhesions adhesions;

	private final Directory directory;

	private final MandataryChanges changes;

	AssociationAdhesionsController(Adhesions adhesions, Directory directory, MandataryChanges changes) {
		this.adhesions = adhesions;
		this.directory = directory;
		this.changes = changes;
	}

	/** A pending request with the cooperative it concerns. */
	record ChangeRow(MandataryChange change, CooperativeSummary cooperative) {

	}

	@GetMapping
	String list(@PathVariable long associationId, @RequestParam(name = "etat", required = false) AdhesionState state,
			Model model) {
		SchoolYear year = this.adhesions.currentYear();
		List<AdhesionSnapshot> rows = this.adhesions.ofAssociation(associationId, year, state);
		model.addAttribute("association", this.directory.association(associationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("year", year);
		model.addAttribute("rows", rows);
		model.addAttribute("state", state);
		model.addAttribute("states", AdhesionState.values());
		model.addAttribute("totalPupils", rows.stream().mapToInt(AdhesionSnapshot::pupils).sum());
		model.addAttribute("totalAdults", rows.stream().mapToInt(AdhesionSnapshot::teachers).sum());
		model.addAttribute("totalAmount",
				rows.stream()
					.filter((r) -> r.fees() != null)
					.map((r) -> r.fees().total())
					.reduce(Money.ZERO, Money::plus));
		model.addAttribute("hasTariffs", this.adhesions.tariffs(associationId, year).isPresent());
		Set<Long> started = this.adhesions.ofAssociation(associationId, year)
			.stream()
			.map((r) -> r.cooperative().id())
			.collect(Collectors.toSet());
		model.addAttribute("notStarted",
				this.directory.activeCooperativesOf(associationId)
					.stream()
					.filter((coop) -> !started.contains(coop.id()))
					.toList());
		model.addAttribute("changes", this.changes.pending(associationId)
			.stream()
			.map((c) -> new ChangeRow(c, this.directory.cooperativeOf(associationId, c.cooperativeId()).orElse(null)))
			.filter((row) -> row.cooperative() != null)
			.toList());
		return "membership/ad-list";
	}

}
