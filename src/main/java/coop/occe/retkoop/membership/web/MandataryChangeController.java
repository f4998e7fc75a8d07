package coop.occe.retkoop.membership.web;

import java.io.IOException;

import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.membership.internal.AdhesionPdfs;
import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.MandataryChanges;
import coop.occe.retkoop.membership.internal.MembershipException;
import coop.occe.retkoop.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Changement de mandataire et/ou de signataire(s)": the printable request, the upload of
 * its signed scan, and the AD's list of pending requests.
 */
@Controller
class MandataryChangeController {

	private final Adhesions adhesions;

	private final MandataryChanges changes;

	private final AdhesionPdfs pdfs;

	MandataryChangeController(Adhesions adhesions, MandataryChanges changes, AdhesionPdfs pdfs) {
		this.adhesions = adhesions;
		this.changes = changes;
		this.pdfs = pdfs;
	}

	@GetMapping("/coop/changement-mandataire")
	String page(Model model) {
		return page(model, new MandataryChangeForm(), null);
	}

	@GetMapping("/coop/changement-mandataire/demande.pdf")
	ResponseEntity<byte[]> printable(@ModelAttribute("form") MandataryChangeForm form) {
		AdhesionSnapshot snapshot = this.adhesions.currentSnapshot(cooperativeId());
		return AdhesionDownloads.pdf(
				this.pdfs.mandataryChange(snapshot, form.getName(), form.getEmail(), form.getSignatories()),
				"changement-mandataire-" + snapshot.cooperative().number() + ".pdf");
	}

	@PostMapping("/coop/changement-mandataire")
	String upload(@ModelAttribute("form") MandataryChangeForm form, BindingResult errors,
			@RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (!form.check(errors)) {
			return page(model, form, null);
		}
		try {
			this.changes.request(cooperativeId(), form.getName(), form.getEmail(), form.getSignatories(),
					(file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : new byte[0]);
		}
		catch (MembershipException ex) {
			return page(model, form, ex.messageKey());
		}
		redirect.addFlashAttribute("notice", "membership.change.sent");
		return "redirect:/coop/changement-mandataire";
	}

	@GetMapping("/ad/{associationId}/adhesions/changements/{requestId}/fichier")
	ResponseEntity<byte[]> file(@PathVariable long associationId, @PathVariable long requestId) {
		return AdhesionDownloads.file(this.changes.file(associationId, requestId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@PostMapping("/ad/{associationId}/adhesions/changements/{requestId}/appliquee")
	String applied(@PathVariable long associationId, @PathVariable long requestId, RedirectAttributes redirect) {
		InitialPassword credentials = this.changes.apply(associationId, requestId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("notice", "membership.change.applied");
		redirect.addFlashAttribute("initialPassword", credentials);
		return "redirect:/ad/" + associationId + "/adhesions";
	}

	private String page(Model model, MandataryChangeForm form, String problem) {
		long cooperativeId = cooperativeId();
		model.addAttribute("s", this.adhesions.currentSnapshot(cooperativeId));
		model.addAttribute("form", form);
		model.addAttribute("requests", this.changes.ofCooperative(cooperativeId));
		model.addAttribute("problem", problem);
		return "membership/mandatary-change";
	}

	private static long cooperativeId() {
		Long id = CurrentActor.get().cooperativeId();
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return id;
	}

}
