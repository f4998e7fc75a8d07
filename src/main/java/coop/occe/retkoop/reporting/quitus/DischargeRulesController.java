package coop.occe.retkoop.reporting.quitus;

import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The AD's rules of the quitus for a school year: a parent required among the
 * vérificateurs, a scanned paper quitus accepted.
 */
@Controller
class DischargeRulesController {

	private final Discharge discharge;

	DischargeRulesController(Discharge discharge) {
		this.discharge = discharge;
	}

	@GetMapping("/ad/{associationId}/quitus/{annee}")
	String form(@PathVariable long associationId, @PathVariable String annee, Model model) {
		SchoolYear year = year(annee);
		model.addAttribute("associationId", associationId);
		model.addAttribute("yearName", YearEndYears.name(year));
		model.addAttribute("schoolYear", year);
		model.addAttribute("rules", this.discharge.rules(associationId, year));
		return "reporting/quitus-rules";
	}

	@PostMapping("/ad/{associationId}/quitus/{annee}")
	String save(@PathVariable long associationId, @PathVariable String annee,
			@RequestParam(name = "parentRequired", defaultValue = "") String parentRequired,
			@RequestParam(name = "paperAccepted", defaultValue = "") String paperAccepted,
			RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		this.discharge.setRules(associationId, year,
				new DischargeRules(checked("parentRequired", parentRequired), checked("paperAccepted", paperAccepted)));
		redirect.addFlashAttribute("notice", "reporting.quitus.rules.saved");
		return "redirect:/ad/" + associationId + "/quitus/" + YearEndYears.name(year);
	}

	private static SchoolYear year(String annee) {
		return YearEndYears.parse(annee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A checkbox: absent, or the one value the page offers. */
	private static boolean checked(String field, String value) {
		if (value.isEmpty()) {
			return false;
		}
		if (!"true".equals(value)) {
			throw new NotOffered(field);
		}
		return true;
	}

}
