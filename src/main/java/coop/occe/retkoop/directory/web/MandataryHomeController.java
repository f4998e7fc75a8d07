package coop.occe.retkoop.directory.web;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mandataire's home page, "Sommaire": the cooperative, its school year, what can be
 * done.
 */
@Controller
class MandataryHomeController {

	private final Directory directory;

	MandataryHomeController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/sommaire")
	String home(Model model) {
		Actor actor = CurrentActor.get();
		CooperativeSummary coop = this.directory.cooperative(actor.cooperativeId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("coop", coop);
		model.addAttribute("association", this.directory.association(coop.associationId()).orElseThrow());
		return "directory/home";
	}

}
