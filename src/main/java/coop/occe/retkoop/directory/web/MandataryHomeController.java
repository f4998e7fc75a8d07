package coop.occe.retkoop.directory.web;

import java.util.Comparator;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.directory.HomeSection;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mandataire's home page, "Sommaire": the cooperative, its school year, what can be
 * done, and the sections other modules provide (the year end).
 */
@Controller
class MandataryHomeController {

	private final Directory directory;

	private final ObjectProvider<HomeSection> sections;

	MandataryHomeController(Directory directory, ObjectProvider<HomeSection> sections) {
		this.directory = directory;
		this.sections = sections;
	}

	@GetMapping("/sommaire")
	String home(Model model) {
		Actor actor = CurrentActor.get();
		CooperativeSummary coop = this.directory.cooperative(actor.cooperativeId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("coop", coop);
		model.addAttribute("association", this.directory.association(coop.associationId()).orElseThrow());
		model.addAttribute("sections",
				this.sections.stream()
					.sorted(Comparator.comparingInt(HomeSection::order))
					.map((section) -> section.card(coop))
					.flatMap(Optional::stream)
					.toList());
		return "directory/home";
	}

}
