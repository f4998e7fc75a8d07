package coop.occe.retkoop.membership.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import coop.occe.retkoop.membership.internal.AdhesionPdfs;
import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.ClassData;
import coop.occe.retkoop.membership.internal.MemberClass;
import coop.occe.retkoop.membership.internal.MembershipException;
import coop.occe.retkoop.membership.internal.PaymentChoice;
import coop.occe.retkoop.membership.internal.StoredDocument;
import coop.occe.retkoop.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's adhésion page, as the seed letter shows it. htmx requests get the
 * page's body fragment; without JavaScript every form posts and redirects back.
 */
@Controller
@RequestMapping("/coop/adhesion")
class AdhesionController {

	static final String PAGE = "membership/adhesion";

	private final Adhesions adhesions;

	private final AdhesionPdfs pdfs;

	AdhesionController(Adhesions adhesions, AdhesionPdfs pdfs) {
		this.adhesions = adhesions;
		this.pdfs = pdfs;
	}

	@GetMapping
	String page(@RequestParam(name = "ordre", defaultValue = "nom") String order,
			@RequestParam(name = "modifier", required = false) Long editing, Model model, HttpServletRequest request) {
		AdhesionSnapshot snapshot = snapshot();
		ClassForm editForm = null;
		if (editing != null && snapshot.editable()) {
			MemberClass existing = this.adhesions.classOf(cooperativeId(), editing);
			editForm = ClassForm.of(existing);
		}
		return render(model, request, snapshot, order, new ClassForm(), editing, editForm, null, null);
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
			return render(model, request, snapshot(), order, form, null, null, null, null);
		}
		return act(model, request, redirect, order, () -> this.adhesions.addClass(cooperativeId(), checked.get()));
	}

	@PostMapping("/classes/{classId}")
	String updateClass(@PathVariable long classId, @ModelAttribute("editForm") ClassForm form, BindingResult errors,
			@RequestParam(name = "ordre", defaultValue = "nom") String order, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.adhesions.classOf(cooperativeId(), classId);
		var checked = form.check(errors);
		if (checked.isEmpty()) {
			return render(model, request, snapshot(), order, new ClassForm(), classId, form, null, null);
		}
		ClassData data = checked.get();
		return act(model, request, redirect, order, () -> this.adhesions.updateClass(cooperativeId(), classId, data));
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
		return act(model, request, redirect, order, () -> this.adhesions.deleteClass(cooperativeId(), classId));
	}

	@PostMapping("/copier")
	String copyPreviousYear(Model model, HttpServletRequest request, RedirectAttributes redirect) {
		return act(model, request, redirect, "nom", () -> this.adhesions.copyPreviousYear(cooperativeId()));
	}

	@PostMapping("/informations")
	String declare(@ModelAttribute("declarationForm") DeclarationForm form, BindingResult errors,
			@RequestParam(name = "ordre", defaultValue = "nom") String order, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		var checked = form.check(errors);
		if (checked.isEmpty()) {
			return render(model, request, snapshot(), order, new ClassForm(), null, null, form, null);
		}
		var d = checked.get();
		return act(model, request, redirect, order, () -> this.adhesions.declare(cooperativeId(), d.property(),
				d.instruments(), d.review(), d.voluntary()));
	}

	@PostMapping("/paiement")
	String payment(@RequestParam("choix") PaymentChoice choice,
			@RequestParam(name = "ordre", defaultValue = "nom") String order, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(model, request, redirect, order, () -> this.adhesions.togglePayment(cooperativeId(), choice));
	}

	@PostMapping("/engagement")
	String uploadEngagement(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
			HttpServletRequest request, RedirectAttributes redirect) throws IOException {
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		String name = (file != null) ? file.getOriginalFilename() : null;
		return act(model, request, redirect, "nom",
				() -> this.adhesions.storeEngagement(cooperativeId(), name, content),
				"membership.engagement.received.notice");
	}

	@PostMapping("/engagement/signer")
	String signOnline(@RequestParam(name = "certifie", defaultValue = "false") boolean certified, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!certified) {
			return render(model, request, snapshot(), "nom", new ClassForm(), null, null, null,
					"membership.error.certifyRequired");
		}
		return act(model, request, redirect, "nom",
				() -> this.adhesions.signOnline(cooperativeId(), CurrentActor.get().login()),
				"membership.engagement.signedOnline.notice");
	}

	@GetMapping("/engagement")
	ResponseEntity<byte[]> engagementScan() {
		StoredDocument document = this.adhesions.engagementFile(cooperativeId(), this.adhesions.currentYear())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return file(document);
	}

	@GetMapping("/engagement.pdf")
	ResponseEntity<byte[]> engagementPdf() {
		AdhesionSnapshot snapshot = snapshot();
		if (!snapshot.hasTariffs()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return pdf(this.pdfs.engagement(snapshot), "engagement-" + snapshot.cooperative().number() + ".pdf");
	}

	@GetMapping("/attestation.pdf")
	ResponseEntity<byte[]> attestation() {
		AdhesionSnapshot snapshot = snapshot();
		if (snapshot.adhesion().state() != AdhesionState.VALIDATED) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return pdf(this.pdfs.attestation(snapshot), "attestation-" + snapshot.cooperative().number() + ".pdf");
	}

	@PostMapping("/envoyer")
	String send(Model model, HttpServletRequest request, RedirectAttributes redirect) {
		return act(model, request, redirect, "nom", () -> this.adhesions.send(cooperativeId()),
				"membership.sent.notice");
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	static ResponseEntity<byte[]> file(StoredDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

	private String act(Model model, HttpServletRequest request, RedirectAttributes redirect, String order,
			Runnable action) {
		return act(model, request, redirect, order, action, null);
	}

	/** Runs the change; a refusal comes back as a French message, never a stack trace. */
	private String act(Model model, HttpServletRequest request, RedirectAttributes redirect, String order,
			Runnable action, String notice) {
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

	private String render(Model model, HttpServletRequest request, AdhesionSnapshot snapshot, String order,
			ClassForm classForm, Long editing, ClassForm editForm, DeclarationForm declarationForm, String problem) {
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

	private AdhesionSnapshot snapshot() {
		return this.adhesions.currentSnapshot(cooperativeId());
	}

	private static long cooperativeId() {
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
