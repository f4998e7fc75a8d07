package coop.occe.retkoop.membership.web;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The AD's settings of the adhésion for the year: tariffs, dates, means of payment. */
@Controller
@RequestMapping("/ad/{associationId}/adhesions/parametres")
class AdhesionTariffsController {

	private final Adhesions adhesions;

	private final Directory directory;

	AdhesionTariffsController(Adhesions adhesions, Directory directory) {
		this.adhesions = adhesions;
		this.directory = directory;
	}

	@GetMapping
	String settings(@PathVariable long associationId, @RequestParam(name = "annee", required = false) Integer startYear,
			Model model) {
		SchoolYear year = settingsYear(startYear);
		model.addAttribute("form", TariffsForm.of(this.adhesions.tariffsOrDefaults(associationId, year)));
		return settingsPage(associationId, year, model);
	}

	@PostMapping
	String saveSettings(@PathVariable long associationId,
			@RequestParam(name = "annee", required = false) Integer startYear, @ModelAttribute("form") TariffsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SchoolYear year = settingsYear(startYear);
		var checked = form.check(associationId, year, errors);
		if (checked.isEmpty()) {
			return settingsPage(associationId, year, model);
		}
		this.adhesions.saveTariffs(checked.get());
		redirect.addFlashAttribute("notice", "membership.tariffs.saved");
		return "redirect:/ad/" + associationId + "/adhesions";
	}

	/**
	 * The current school year, or the next one so that the AD can set its tariffs before
	 * the adhésion opens on 1 September.
	 */
	private SchoolYear settingsYear(Integer startYear) {
		SchoolYear current = this.adhesions.currentYear();
		if (startYear == null || startYear == current.startYear()) {
			return current;
		}
		if (startYear == current.startYear() + 1) {
			return new SchoolYear(startYear);
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private String settingsPage(long associationId, SchoolYear year, Model model) {
		SchoolYear current = this.adhesions.currentYear();
		model.addAttribute("association", this.directory.association(associationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("year", year);
		model.addAttribute("otherYear", (year.equals(current)) ? new SchoolYear(current.startYear() + 1) : current);
		return "membership/ad-settings";
	}

}
