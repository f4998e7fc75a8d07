package coop.occe.retkoop.directory.web;

import java.util.List;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeStatus;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.CooperativeType;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.directory.internal.BankDetails;
import coop.occe.retkoop.directory.internal.CooperativeChecks;
import coop.occe.retkoop.directory.internal.CooperativeData;
import coop.occe.retkoop.directory.internal.CooperativeRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.platform.NotOffered;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * AD staff pages of their cooperatives: the list (the AD's home page), one cooperative,
 * create, edit, close and reopen, reset the password.
 */
@Controller
class CooperativeController {

	static final int PAGE_SIZE = 25;

	private final Directory directory;

	private final CooperativeRepository cooperatives;

	private final CooperativeService service;

	CooperativeController(Directory directory, CooperativeRepository cooperatives, CooperativeService service) {
		this.directory = directory;
		this.cooperatives = cooperatives;
		this.service = service;
	}

	@ModelAttribute("types")
	CooperativeType[] types() {
		return CooperativeType.values();
	}

	@GetMapping("/ad/{associationId}")
	String list(@PathVariable long associationId, @RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AssociationSummary association = association(associationId);
		long total = this.cooperatives.count(associationId, query);
		// A page past the end (typed in the address) shows the last one.
		int safePage = (int) Math.min(Math.max(0, page), Math.max(0, (total - 1) / PAGE_SIZE));
		List<CooperativeSummary> rows = this.cooperatives.search(associationId, query, safePage, PAGE_SIZE);
		model.addAttribute("association", association);
		model.addAttribute("cooperatives", rows);
		model.addAttribute("q", query);
		model.addAttribute("page", safePage);
		model.addAttribute("total", total);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("hasNext", (long) (safePage + 1) * PAGE_SIZE < total);
		return "directory/cooperatives";
	}

	@GetMapping("/ad/{associationId}/cooperatives/new")
	String newForm(@PathVariable long associationId, Model model) {
		model.addAttribute("association", association(associationId));
		model.addAttribute("form", new CooperativeForm());
		model.addAttribute("creating", true);
		return "directory/cooperative-form";
	}

	@PostMapping("/ad/{associationId}/cooperatives")
	String create(@PathVariable long associationId, @ModelAttribute("form") CooperativeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AssociationSummary association = association(associationId);
		refuseNotOffered(form, errors);
		CooperativeData data = form.toData();
		Forms.reject(errors, this.service.checkNew(associationId, data));
		if (errors.hasErrors()) {
			model.addAttribute("association", association);
			model.addAttribute("creating", true);
			return "directory/cooperative-form";
		}
		CooperativeService.Created created = this.service.create(associationId, data);
		redirect.addFlashAttribute("initialPassword", created.password());
		redirect.addFlashAttribute("notice", "cooperative.created");
		return "redirect:/ad/" + associationId + "/cooperatives/" + created.cooperative().id();
	}

	@GetMapping("/ad/{associationId}/cooperatives/{cooperativeId}")
	String show(@PathVariable long associationId, @PathVariable long cooperativeId, Model model) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		model.addAttribute("association", association(associationId));
		model.addAttribute("coop", coop);
		model.addAttribute("identifiant", this.service.identifiant(coop).toString());
		model.addAttribute("formattedIban", BankDetails.formatIban(coop.iban()));
		return "directory/cooperative";
	}

	@GetMapping("/ad/{associationId}/cooperatives/{cooperativeId}/edit")
	String editForm(@PathVariable long associationId, @PathVariable long cooperativeId, Model model) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		model.addAttribute("association", association(associationId));
		model.addAttribute("coop", coop);
		model.addAttribute("form", CooperativeForm.of(coop));
		model.addAttribute("creating", false);
		return "directory/cooperative-form";
	}

	@PostMapping("/ad/{associationId}/cooperatives/{cooperativeId}")
	String update(@PathVariable long associationId, @PathVariable long cooperativeId,
			@ModelAttribute("form") CooperativeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		refuseNotOffered(form, errors);
		form.setNumber(coop.number());
		CooperativeData data = form.toData();
		Forms.reject(errors, CooperativeChecks.check(data));
		if (!errors.hasErrors() && !this.service.update(coop, form.getVersion(), data)) {
			errors.reject("cooperative.concurrentChange");
		}
		if (errors.hasErrors()) {
			model.addAttribute("association", association(associationId));
			model.addAttribute("coop", coop);
			model.addAttribute("creating", false);
			return "directory/cooperative-form";
		}
		redirect.addFlashAttribute("notice", "cooperative.saved");
		return "redirect:/ad/" + associationId + "/cooperatives/" + cooperativeId;
	}

	@PostMapping("/ad/{associationId}/cooperatives/{cooperativeId}/close")
	String close(@PathVariable long associationId, @PathVariable long cooperativeId, RedirectAttributes redirect) {
		this.service.setStatus(cooperative(associationId, cooperativeId), CooperativeStatus.CLOSED);
		redirect.addFlashAttribute("notice", "cooperative.closed");
		return "redirect:/ad/" + associationId + "/cooperatives/" + cooperativeId;
	}

	@PostMapping("/ad/{associationId}/cooperatives/{cooperativeId}/reopen")
	String reopen(@PathVariable long associationId, @PathVariable long cooperativeId, RedirectAttributes redirect) {
		this.service.setStatus(cooperative(associationId, cooperativeId), CooperativeStatus.ACTIVE);
		redirect.addFlashAttribute("notice", "cooperative.reopened");
		return "redirect:/ad/" + associationId + "/cooperatives/" + cooperativeId;
	}

	@PostMapping("/ad/{associationId}/cooperatives/{cooperativeId}/password")
	String resetPassword(@PathVariable long associationId, @PathVariable long cooperativeId,
			RedirectAttributes redirect) {
		InitialPassword password = this.service.resetPassword(cooperative(associationId, cooperativeId));
		redirect.addFlashAttribute("initialPassword", password);
		redirect.addFlashAttribute("notice", "cooperative.passwordReset");
		return "redirect:/ad/" + associationId + "/cooperatives/" + cooperativeId;
	}

	/** The type is one of the list's, the version the number the page was shown with. */
	private static void refuseNotOffered(CooperativeForm form, BindingResult errors) {
		if (errors.hasFieldErrors("type") || form.getType() == null) {
			throw new NotOffered("type");
		}
		if (errors.hasFieldErrors("version")) {
			throw new NotOffered("version");
		}
	}

	private AssociationSummary association(long associationId) {
		return this.directory.association(associationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private CooperativeSummary cooperative(long associationId, long cooperativeId) {
		return this.directory.cooperativeOf(associationId, cooperativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
