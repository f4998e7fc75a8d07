package coop.occe.retkoop.identity.web;

import coop.occe.retkoop.identity.internal.PasswordChanges;
import coop.occe.retkoop.identity.internal.RetkoopUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Changer mon mot de passe", forced while the initial password is in use.
 */
@Controller
class PasswordChangeController {

	private final PasswordChanges changes;

	private final SecurityContextRepository contextRepository;

	PasswordChangeController(PasswordChanges changes, SecurityContextRepository contextRepository) {
		this.changes = changes;
		this.contextRepository = contextRepository;
	}

	@GetMapping("/mot-de-passe")
	String form(@AuthenticationPrincipal RetkoopUser user, Model model) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("forced", user.isMustChangePassword());
		return "identity/password-change";
	}

	@PostMapping("/mot-de-passe")
	String change(@AuthenticationPrincipal RetkoopUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		boolean forced = user.isMustChangePassword();
		if (!forced && !this.changes.currentPasswordMatches(user.actor(), form.getCurrentPassword())) {
			errors.rejectValue("currentPassword", "password.currentWrong");
		}
		PasswordFormChecks.checkNewPassword(user.actor().login(), form, errors);
		if (this.changes.currentPasswordMatches(user.actor(), form.getNewPassword())) {
			errors.rejectValue("newPassword", "password.sameAsCurrent");
		}
		if (errors.hasErrors()) {
			model.addAttribute("forced", forced);
			return "identity/password-change";
		}
		this.changes.change(user.actor(), form.getNewPassword(), request.getSession().getId());
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		RetkoopUser updated = user.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, current.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		redirect.addFlashAttribute("notice", "password.changed");
		return "redirect:" + LoginController.homeOf(user.actor());
	}

}
