package coop.occe.retkoop.directory.web;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.directory.internal.AssociationChecks;
import coop.occe.retkoop.directory.internal.AssociationService;
import coop.occe.retkoop.platform.Forms;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An association's details and settings (its staff), and new associations (the
 * federation).
 */
@Controller
class AssociationController {

	private final Directory directory;

	private final AssociationService service;

	AssociationController(Directory directory, AssociationService service) {
		this.directory = directory;
		this.service = service;
	}

	@GetMapping("/ad/{associationId}/parametres")
	String settings(@PathVariable long associationId, Model model) {
		AssociationSummary association = association(associationId);
		model.addAttribute("association", association);
		model.addAttribute("form", AssociationForm.of(association));
		model.addAttribute("creating", false);
		return "directory/association-form";
	}

	@PostMapping("/ad/{associationId}/parametres")
	String saveSettings(@PathVariable long associationId, @ModelAttribute("form") AssociationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AssociationSummary before = association(associationId);
		form.setNumber(before.number());
		AssociationSummary after = form.toSummary(associationId);
		Forms.reject(errors, AssociationChecks.check(after));
		if (errors.hasErrors()) {
			model.addAttribute("association", before);
			model.addAttribute("creating", false);
			return "directory/association-form";
		}
		this.service.update(before, after);
		redirect.addFlashAttribute("notice", "association.saved");
		return "redirect:/ad/" + associationId;
	}

	@GetMapping("/federation/associations/new")
	String newAssociation(Model model) {
		model.addAttribute("form", new AssociationForm());
		model.addAttribute("creating", true);
		return "directory/association-form";
	}

	@PostMapping("/federation/associations")
	String create(@ModelAttribute("form") AssociationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AssociationSummary association = form.toSummary(0);
		Forms.reject(errors, this.service.checkNew(association));
		if (errors.hasErrors()) {
			model.addAttribute("creating", true);
			return "directory/association-form";
		}
		long id = this.service.create(association);
		redirect.addFlashAttribute("notice", "association.created");
		return "redirect:/ad/" + id;
	}

	private AssociationSummary association(long associationId) {
		return this.directory.association(associationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
