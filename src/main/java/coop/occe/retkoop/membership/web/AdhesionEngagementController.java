package coop.occe.retkoop.membership.web;

import java.io.IOException;

import coop.occe.retkoop.membership.internal.AdhesionPdfs;
import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.StoredDocument;
import coop.occe.retkoop.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandataire's documents of the adhésion: the engagement to print, sign and upload or
 * to sign online, and the attestation once the AD validated.
 */
@Controller
@RequestMapping("/coop/adhesion")
class AdhesionEngagementController {

	private final Adhesions adhesions;

	private final AdhesionPdfs pdfs;

	private final AdhesionPage page;

	AdhesionEngagementController(Adhesions adhesions, AdhesionPdfs pdfs, AdhesionPage page) {
		this.adhesions = adhesions;
		this.pdfs = pdfs;
		this.page = page;
	}

	@PostMapping("/engagement")
	String uploadEngagement(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
			HttpServletRequest request, RedirectAttributes redirect) throws IOException {
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		String name = (file != null) ? file.getOriginalFilename() : null;
		return this.page.act(model, request, redirect, "nom",
				() -> this.adhesions.storeEngagement(AdhesionPage.cooperativeId(), name, content),
				"membership.engagement.received.notice");
	}

	@PostMapping("/engagement/signer")
	String signOnline(@RequestParam(name = "certifie", defaultValue = "false") boolean certified, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!certified) {
			return this.page.render(model, request, this.page.snapshot(), "nom", new ClassForm(), null, null, null,
					"membership.error.certifyRequired");
		}
		return this.page.act(model, request, redirect, "nom",
				() -> this.adhesions.signOnline(AdhesionPage.cooperativeId(), CurrentActor.get().login()),
				"membership.engagement.signedOnline.notice");
	}

	@GetMapping("/engagement")
	ResponseEntity<byte[]> engagementScan() {
		StoredDocument document = this.adhesions
			.engagementFile(AdhesionPage.cooperativeId(), this.adhesions.currentYear())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return AdhesionDownloads.file(document);
	}

	@GetMapping("/engagement.pdf")
	ResponseEntity<byte[]> engagementPdf() {
		AdhesionSnapshot snapshot = this.page.snapshot();
		if (!snapshot.hasTariffs()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return AdhesionDownloads.pdf(this.pdfs.engagement(snapshot),
				"engagement-" + snapshot.cooperative().number() + ".pdf");
	}

	@GetMapping("/attestation.pdf")
	ResponseEntity<byte[]> attestation() {
		AdhesionSnapshot snapshot = this.page.snapshot();
		if (snapshot.adhesion().state() != AdhesionState.VALIDATED) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return AdhesionDownloads.pdf(this.pdfs.attestation(snapshot),
				"attestation-" + snapshot.cooperative().number() + ".pdf");
	}

}
