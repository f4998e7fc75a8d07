package coop.occe.retkoop.ledger.projects;

import java.io.IOException;
import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The subsidies table, filled from the receipts on 74… accounts, with the proof of each.
 */
@Controller
class SubsidyController {

	private final Ledger ledger;

	private final Projects projects;

	private final SubsidyProofs proofs;

	SubsidyController(Ledger ledger, SubsidyProofs proofs, Projects projects) {
		this.projects = projects;
		this.ledger = ledger;
		this.proofs = proofs;
	}

	@GetMapping("/coop/comptabilite/subventions")
	String subsidies(Model model) {
		return show(year(), model, null, null);
	}

	@PostMapping("/coop/comptabilite/subventions/{entryId}/justificatif")
	String attach(@PathVariable long entryId, @RequestParam(name = "fichier", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		FiscalYear year = year();
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		List<Problem> problems = this.proofs
			.attach(year, entryId, (file != null) ? file.getOriginalFilename() : null, content)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!problems.isEmpty()) {
			return show(year, model, entryId, problems.get(0));
		}
		redirect.addFlashAttribute("notice", "ledger.proof.saved");
		return "redirect:/coop/comptabilite/subventions";
	}

	@GetMapping("/coop/comptabilite/subventions/{entryId}/justificatif")
	ResponseEntity<byte[]> proof(@PathVariable long entryId) {
		SubsidyProofs.Proof proof = this.proofs.proof(year(), entryId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(proof.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, coop.occe.retkoop.platform.Downloads.inline(proof.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(proof.content());
	}

	private String show(FiscalYear year, Model model, Long errorEntryId, Problem error) {
		List<Subsidy> subsidies = this.projects.subsidies(year);
		model.addAttribute("subsidies", subsidies);
		model.addAttribute("withProof", this.proofs.withProof(year));
		model.addAttribute("total", subsidies.stream().map(Subsidy::amount).reduce(Money.ZERO, Money::plus));
		model.addAttribute("errorEntryId", errorEntryId);
		model.addAttribute("error", error);
		return "ledger/subsidies";
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
