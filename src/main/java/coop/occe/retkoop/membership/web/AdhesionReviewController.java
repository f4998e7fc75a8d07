package coop.occe.retkoop.membership.web;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.membership.internal.AdhesionPdfs;
import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.MembershipException;
import coop.occe.retkoop.membership.internal.StoredDocument;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One cooperative's adhésion as the AD reviews it: the engagement, the attestation, and
 * the validation, send back or reopening.
 */
@Controller
@RequestMapping("/ad/{associationId}/adhesions/{cooperativeId:\\d+}")
class AdhesionReviewController {

	private final Adhesions adhesions;

	private final Directory directory;

	private final AdhesionPdfs pdfs;

	AdhesionReviewController(Adhesions adhesions, Directory directory, AdhesionPdfs pdfs) {
		this.adhesions = adhesions;
		this.directory = directory;
		this.pdfs = pdfs;
	}

	@GetMapping
	String one(@PathVariable long associationId, @PathVariable long cooperativeId, Model model) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		model.addAttribute("s", this.adhesions.snapshot(coop, this.adhesions.currentYear()));
		return "membership/ad-adhesion";
	}

	@GetMapping("/engagement")
	ResponseEntity<byte[]> engagement(@PathVariable long associationId, @PathVariable long cooperativeId) {
		cooperative(associationId, cooperativeId);
		StoredDocument document = this.adhesions.engagementFile(cooperativeId, this.adhesions.currentYear())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return AdhesionDownloads.file(document);
	}

	@GetMapping("/attestation.pdf")
	ResponseEntity<byte[]> attestation(@PathVariable long associationId, @PathVariable long cooperativeId) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		AdhesionSnapshot snapshot = this.adhesions.snapshot(coop, this.adhesions.currentYear());
		if (snapshot.adhesion().state() != AdhesionState.VALIDATED) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return AdhesionDownloads.pdf(this.pdfs.attestation(snapshot), "attestation-" + coop.number() + ".pdf");
	}

	@PostMapping("/valider")
	String validate(@PathVariable long associationId, @PathVariable long cooperativeId, RedirectAttributes redirect) {
		return act(associationId, cooperativeId, redirect, "membership.validated.notice",
				() -> this.adhesions.validate(associationId, cooperativeId));
	}

	@PostMapping("/renvoyer")
	String sendBack(@PathVariable long associationId, @PathVariable long cooperativeId,
			@RequestParam(name = "motif", defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(associationId, cooperativeId, redirect, "membership.returned.notice",
				() -> this.adhesions.sendBack(associationId, cooperativeId, reason));
	}

	/** What reopening does, asked before it is done, with the reason to give. */
	@GetMapping("/rouvrir")
	String confirmReopening(@PathVariable long associationId, @PathVariable long cooperativeId, Model model) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		AdhesionSnapshot snapshot = this.adhesions.snapshot(coop, this.adhesions.currentYear());
		if (snapshot.adhesion().state() != AdhesionState.VALIDATED) {
			return "redirect:/ad/" + associationId + "/adhesions/" + cooperativeId;
		}
		model.addAttribute("s", snapshot);
		model.addAttribute("motif", "");
		return "membership/ad-reopen";
	}

	@PostMapping("/rouvrir")
	String reopen(@PathVariable long associationId, @PathVariable long cooperativeId,
			@RequestParam(name = "motif", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		CooperativeSummary coop = cooperative(associationId, cooperativeId);
		try {
			this.adhesions.reopen(associationId, cooperativeId, reason);
			redirect.addFlashAttribute("notice", "membership.reopened.notice");
			return "redirect:/ad/" + associationId + "/adhesions/" + cooperativeId;
		}
		catch (MembershipException ex) {
			model.addAttribute("s", this.adhesions.snapshot(coop, this.adhesions.currentYear()));
			model.addAttribute("motif", reason);
			model.addAttribute("reasonProblem", ex.messageKey());
			return "membership/ad-reopen";
		}
	}

	private String act(long associationId, long cooperativeId, RedirectAttributes redirect, String notice,
			Runnable action) {
		// Another association's cooperative is not found, before any check of what was
		// typed.
		cooperative(associationId, cooperativeId);
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (MembershipException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/ad/" + associationId + "/adhesions/" + cooperativeId;
	}

	private CooperativeSummary cooperative(long associationId, long cooperativeId) {
		return this.directory.cooperativeOf(associationId, cooperativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
