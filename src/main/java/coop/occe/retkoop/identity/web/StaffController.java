package coop.occe.retkoop.identity.web;

import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.identity.internal.StaffAccounts;
import coop.occe.retkoop.shared.CurrentActor;

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
 * "Personnel de l'AD": the association's staff accounts.
 */
@Controller
class StaffController {

	private final StaffAccounts staff;

	StaffController(StaffAccounts staff) {
		this.staff = staff;
	}

	@GetMapping("/ad/{associationId}/personnel")
	String list(@PathVariable long associationId, Model model) {
		model.addAttribute("associationId", associationId);
		model.addAttribute("staff", this.staff.of(associationId));
		model.addAttribute("name", "");
		model.addAttribute("email", "");
		model.addAttribute("me", CurrentActor.get().accountId());
		return "identity/staff";
	}

	@PostMapping("/ad/{associationId}/personnel")
	String add(@PathVariable long associationId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect) {
		var problems = this.staff.check(name, email.strip());
		if (!problems.isEmpty()) {
			model.addAttribute("associationId", associationId);
			model.addAttribute("staff", this.staff.of(associationId));
			model.addAttribute("name", name);
			model.addAttribute("email", email);
			model.addAttribute("me", CurrentActor.get().accountId());
			problems.forEach((problem) -> model.addAttribute(problem[0] + "Error", problem[1]));
			return "identity/staff";
		}
		InitialPassword password = this.staff.add(associationId, name, email);
		redirect.addFlashAttribute("initialPassword", password);
		return "redirect:/ad/" + associationId + "/personnel";
	}

	@PostMapping("/ad/{associationId}/personnel/{accountId}/desactiver")
	String disable(@PathVariable long associationId, @PathVariable long accountId) {
		return toggle(associationId, accountId, false);
	}

	@PostMapping("/ad/{associationId}/personnel/{accountId}/activer")
	String enable(@PathVariable long associationId, @PathVariable long accountId) {
		return toggle(associationId, accountId, true);
	}

	private String toggle(long associationId, long accountId, boolean enabled) {
		if (!this.staff.setEnabled(associationId, accountId, enabled, CurrentActor.get().accountId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/ad/" + associationId + "/personnel";
	}

}
