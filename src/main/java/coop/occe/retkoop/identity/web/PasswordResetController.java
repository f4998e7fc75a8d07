package coop.occe.retkoop.identity.web;

import coop.occe.retkoop.identity.internal.PasswordResets;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "Mot de passe oublié ?": ask for a link, then choose a new password through it.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/mot-de-passe-oublie")
	String requestForm(Model model) {
		model.addAttribute("identifiant", "");
		return "identity/reset-request";
	}

	@PostMapping("/mot-de-passe-oublie")
	String request(@RequestParam(defaultValue = "") String identifiant, Model model) {
		if (identifiant.isBlank()) {
			model.addAttribute("identifiant", identifiant);
			model.addAttribute("identifiantError", "reset.identifiantRequired");
			return "identity/reset-request";
		}
		this.resets.request(identifiant);
		model.addAttribute("sent", true);
		return "identity/reset-request";
	}

	@GetMapping("/mot-de-passe-oublie/{token}")
	String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.resets.isUsable(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "identity/reset-invalid";
		}
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("token", token);
		return "identity/reset-form";
	}

	@PostMapping("/mot-de-passe-oublie/{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String login = this.resets.loginOf(token).orElse(null);
		if (login == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "identity/reset-invalid";
		}
		PasswordFormChecks.checkNewPassword(login, form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("token", token);
			return "identity/reset-form";
		}
		if (!this.resets.complete(token, form.getNewPassword())) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "identity/reset-invalid";
		}
		redirect.addAttribute("motDePasseChange", "");
		return "redirect:/connexion";
	}

}
