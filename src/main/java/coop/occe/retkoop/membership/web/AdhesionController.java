package coop.occe.retkoop.membership.web;

import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.ClassData;
import coop.occe.retkoop.membership.internal.MemberClass;
import coop.occe.retkoop.membership.internal.PaymentChoice;
import coop.occe.retkoop.platform.NotOffered;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's adhésion page, as the seed letter shows it: the classes, the
 * declarations, the means of payment and the sending. The engagement and the attestation
 * are served by {@link AdhesionEngagementController}.
 */
@Controller
@RequestMapping("/coop/adhesion")
class AdhesionController {

	private final Adhesions adhesions;

	private final AdhesionPage page;

	AdhesionController(Adhesions adhesions, AdhesionPage page) {
		this.adhesions = adhesions;
		this.page = page;
	}

	@GetMapping
	String page(@RequestParam(name = "ordre", defaultValue = "nom") String order,
			@RequestParam(name = "modifier", required = false) Long editing, Model model, HttpServletRequest request) {
		AdhesionSnapshot snapshot = this.page.snapshot();
		ClassForm editForm = null;
		if (editing != null && snapshot.editable()) {
			MemberClass existing = this.adhesions.classOf(cooperativeId(), editing);
			editForm = ClassForm.of(existing);
		}
		return this.page.render(model, request, snapshot, order, new ClassForm(), editing, editForm, null, null);
	}

	@GetMapping("/aide")
	String help() {
		return "membership/help";
	}

	@PostMapping("/classes")
	String addClass(@ModelAttribute("classForm") ClassForm form, BindingResult errors,
			@RequestParam(name = "ordre", defaultValue = "nom") String order, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		var checked = form.check(errors);
		if (checked.isEmpty()) {
			return this.page.render(model, request, this.page.snapshot(), order, form, null, null, null, null);
		}
		return this.page.act(model, request, redirect, order,
				() -> this.adhesions.addClass(cooperativeId(), checked.get()));
	}

	@PostMapping("/classes/{classId}")
	String updateClass(@PathVariable long classId, @ModelAttribute("editForm") ClassForm form, BindingResult errors,
			@RequestParam(name = "ordre", defaultValue = "nom") String order, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.adhesions.classOf(cooperativeId(), classId);
		var checked = form.check(errors);
		if (checked.isEmpty()) {
			return this.page.render(model, request, this.page.snapshot(), order, new ClassForm(), classId, form, null,
					null);
		}
		ClassData data = checked.get();
		return this.page.act(model, request, redirect, order,
				() -> this.adhesions.updateClass(cooperativeId(), classId, data));
	}

	@GetMapping("/classes/{classId}/supprimer")
	String confirmDelete(@PathVariable long classId, Model model) {
		model.addAttribute("memberClass", this.adhesions.classOf(cooperativeId(), classId));
		return "membership/delete-class";
	}

	@PostMapping("/classes/{classId}/supprimer")
	String deleteClass(@PathVariable long classId, @RequestParam(name = "ordre", defaultValue = "nom") String order,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		this.adhesions.classOf(cooperativeId(), classId);
		return this.page.act(model, request, redirect, order,
				() -> this.adhesions.deleteClass(cooperativeId(), classId));
	}

	@PostMapping("/copier")
	String copyPreviousYear(Model model, HttpServletRequest request, RedirectAttributes redirect) {
		return this.page.act(model, request, redirect, "nom", () -> this.adhesions.copyPreviousYear(cooperativeId()));
	}

	@PostMapping("/informations")
	String declare(@ModelAttribute("declarationForm") DeclarationForm form, BindingResult errors,
			@RequestParam(name = "ordre", defaultValue = "nom") String order, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (errors.hasFieldErrors("review")) {
			throw new NotOffered("review");
		}
		var checked = form.check(errors);
		if (checked.isEmpty()) {
			return this.page.render(model, request, this.page.snapshot(), order, new ClassForm(), null, null, form,
					null);
		}
		var d = checked.get();
		AdhesionSnapshot snapshot = this.page.snapshot();
		if (!d.voluntary().isZero() && !(snapshot.hasTariffs() && snapshot.tariffs().voluntaryOffered())) {
			// The field is on the page only when the AD offers a voluntary participation.
			throw new NotOffered("voluntary");
		}
		return this.page.act(model, request, redirect, order, () -> this.adhesions.declare(cooperativeId(),
				d.property(), d.instruments(), d.review(), d.voluntary()));
	}

	@PostMapping("/paiement")
	String payment(@RequestParam("choix") PaymentChoice choice,
			@RequestParam(name = "ordre", defaultValue = "nom") String order, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		return this.page.act(model, request, redirect, order,
				() -> this.adhesions.togglePayment(cooperativeId(), choice));
	}

	@PostMapping("/envoyer")
	String send(Model model, HttpServletRequest request, RedirectAttributes redirect) {
		return this.page.act(model, request, redirect, "nom", () -> this.adhesions.send(cooperativeId()),
				"membership.sent.notice");
	}

	private static long cooperativeId() {
		return AdhesionPage.cooperativeId();
	}

}
