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
		return "redirect:" + homeOf(CurrentActor.get());
	}

	/** Each person's home page. */
	static String homeOf(Actor actor) {
		return switch (actor.role()) {
			case MANDATARY -> "/sommaire";
			case AD_STAFF -> "/ad/" + actor.associationId();
			case FEDERATION_ADMIN -> "/federation";
			case CLASS_TEACHER -> "/classe";
		};
	}

}
