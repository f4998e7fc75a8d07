package coop.occe.retkoop.membership.web;

import coop.occe.retkoop.membership.internal.Adhesions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page where anyone holding an attestation checks its reference.
 */
@Controller
class VerificationController {

	private final Adhesions adhesions;

	VerificationController(Adhesions adhesions) {
		this.adhesions = adhesions;
	}

	@GetMapping("/verification")
	String verify(@RequestParam(name = "reference", required = false) String reference, Model model) {
		model.addAttribute("reference", reference);
		if (reference != null && !reference.isBlank()) {
			model.addAttribute("check", this.adhesions.verify(reference));
			model.addAttribute("searched", true);
		}
		return "membership/verification";
	}

}
