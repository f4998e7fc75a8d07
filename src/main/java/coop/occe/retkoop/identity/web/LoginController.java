package coop.occe.retkoop.identity.web;

import coop.occe.retkoop.identity.internal.LoginOutcomeHandlers;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, and the root URL that sends each person to their home page.
 */
@Controller
class LoginController {

	@GetMapping("/connexion")
	String login(HttpSession session, Model model) {
		Object typed = session.getAttribute(LoginOutcomeHandlers.LAST_IDENTIFIANT);
		model.addAttribute("identifiant", (typed != null) ? typed : "");
		return "identity/login";
	}

	@GetMapping("/")
	String home() {
		Actor actor = CurrentActor.get();
		return switch (actor.role()) {
			case MANDATARY -> "redirect:/sommaire";
			case AD_STAFF -> "redirect:/ad/" + actor.associationId();
			case FEDERATION_ADMIN -> "redirect:/federation";
		};
	}

}
