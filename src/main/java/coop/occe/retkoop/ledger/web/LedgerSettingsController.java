package coop.occe.retkoop.ledger.web;

import java.util.List;

import coop.occe.retkoop.ledger.LedgerSettings;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The AD's ceiling of a régie d'avance.
 */
@Controller
class LedgerSettingsController {

	private final LedgerSettings settings;

	LedgerSettingsController(LedgerSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/ad/{associationId}/regies-plafond")
	String form(@PathVariable long associationId, Model model) {
		model.addAttribute("associationId", associationId);
		model.addAttribute("advanceCeiling", this.settings.advanceCeiling(associationId).formatNumber());
		return "ledger/settings";
	}

	@PostMapping("/ad/{associationId}/regies-plafond")
	String save(@PathVariable long associationId, @RequestParam(defaultValue = "") String advanceCeiling, Model model,
			RedirectAttributes redirect) {
		List<Problem> problems = this.settings.setAdvanceCeiling(associationId, advanceCeiling);
		if (!problems.isEmpty()) {
			model.addAttribute("associationId", associationId);
			model.addAttribute("advanceCeiling", advanceCeiling);
			model.addAttribute("problem", problems.get(0));
			return "ledger/settings";
		}
		redirect.addFlashAttribute("notice", "ledger.settings.saved");
		return "redirect:/ad/" + associationId + "/regies-plafond";
	}

}
