package coop.occe.retkoop.directory.web;

import java.util.List;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.directory.internal.CooperativeRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The federation's home page: every association and how many cooperatives it has.
 */
@Controller
class FederationController {

	private final Directory directory;

	private final CooperativeRepository cooperatives;

	FederationController(Directory directory, CooperativeRepository cooperatives) {
		this.directory = directory;
		this.cooperatives = cooperatives;
	}

	@GetMapping("/federation")
	String home(Model model) {
		List<AssociationRow> rows = this.directory.associations()
			.stream()
			.map((association) -> new AssociationRow(association.id(), association.number(), association.name(),
					association.city(), this.cooperatives.countByAssociation(association.id())))
			.toList();
		model.addAttribute("associations", rows);
		return "directory/federation";
	}

	record AssociationRow(long id, String number, String name, String city, long cooperatives) {

	}

}
