package coop.occe.retkoop.identity.web;

import coop.occe.retkoop.identity.internal.AccountLocks;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link mailed to the owner of an account locked after a distributed attack. Opening
 * it shows a button (so that a mail scanner following links does not spend it); the
 * button lifts the lock.
 */
@Controller
class AccountUnlockController {

	private final AccountLocks locks;

	AccountUnlockController(AccountLocks locks) {
		this.locks = locks;
	}

	@GetMapping("/connexion/debloquer/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.locks.isUsable(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "identity/unlock-invalid";
		}
		model.addAttribute("token", token);
		return "identity/unlock";
	}

	@PostMapping("/connexion/debloquer/{token}")
	String unlock(@PathVariable String token, HttpServletResponse response) {
		if (!this.locks.unlock(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "identity/unlock-invalid";
		}
		return "redirect:/connexion?debloque";
	}

}
