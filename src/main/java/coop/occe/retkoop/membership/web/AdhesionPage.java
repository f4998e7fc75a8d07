package coop.occe.retkoop.membership.web;

import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.MembershipException;
import coop.occe.retkoop.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's adhésion page that every form of it comes back to: htmx requests get
 * the page's body fragment; without JavaScript every form posts and redirects back.
 */
@Component
class AdhesionPage {

	static final String PAGE = "membership/adhesion";

	private final Adhesions adhesions;

	AdhesionPage(Adhesions adhesions) {
		this.adhesions = adhesions;
	}

	String act(Model model, HttpServletRequest request, RedirectAttributes redirect, String order, Runnable action) {
		return act(model, request, redirect, order, action, null);
	}

	/** Runs the change; a refusal comes back as a French message, never a stack trace. */
	String act(Model model, HttpServletRequest request, RedirectAttributes redirect, String order, Runnable action,
			String notice) {
		try {
			action.run();
		}
		catch (MembershipException ex) {
			return render(model, request, snapshot(), order, new ClassForm(), null, null, null, ex.messageKey());
		}
		if (isHtmx(request)) {
			if (notice != null) {
				model.addAttribute("notice", notice);
			}
			return render(model, request, snapshot(), order, new ClassForm(), null, null, null, null);
		}
		if (notice != null) {
			redirect.addFlashAttribute("notice", notice);
		}
		redirect.addAttribute("ordre", "saisie".equals(order) ? "saisie" : "nom");
		return "redirect:/coop/adhesion";
	}

	String render(Model model, HttpServletRequest request, AdhesionSnapshot snapshot, String order, ClassForm classForm,
			Long editing, ClassForm editForm, DeclarationForm declarationForm, String problem) {
		boolean byEntry = "saisie".equals(order);
		model.addAttribute("s", snapshot);
		model.addAttribute("order", byEntry ? "saisie" : "nom");
		model.addAttribute("classes", byEntry ? snapshot.classes() : snapshot.classesByName());
		model.addAttribute("classForm", classForm);
		model.addAttribute("editing", editing);
		model.addAttribute("editForm", (editForm != null) ? editForm : new ClassForm());
		model.addAttribute("declarationForm",
				(declarationForm != null) ? declarationForm : DeclarationForm.of(snapshot.adhesion()));
		model.addAttribute("problem", problem);
		model.addAttribute("htmx", isHtmx(request));
		return isHtmx(request) ? PAGE + " :: adhesionBody" : PAGE;
	}

	AdhesionSnapshot snapshot() {
		return this.adhesions.currentSnapshot(cooperativeId());
	}

	static long cooperativeId() {
		Long id = CurrentActor.get().cooperativeId();
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return id;
	}

	static boolean isHtmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
	}

}
