package coop.occe.retkoop.reporting.quitus;

import java.io.IOException;
import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.Downloads;
import coop.occe.retkoop.reporting.internal.YearEndYears;
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

/** The scanned paper quitus of a year, where the AD accepts one: upload and read back. */
@Controller
class DischargePaperController {

	private final Ledger ledger;

	private final Discharge discharge;

	private final DischargeController page;

	DischargePaperController(Ledger ledger, Discharge discharge, DischargeController page) {
		this.ledger = ledger;
		this.discharge = discharge;
		this.page = page;
	}

	@PostMapping("/coop/fin-d-annee/{annee}/quitus/papier")
	String upload(@PathVariable String annee, @RequestParam(name = "fichier", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		List<Problem> problems = this.discharge.attachPaper(year, (file != null) ? file.getOriginalFilename() : null,
				content);
		if (!problems.isEmpty()) {
			model.addAttribute("form", new VerifierForm());
			if ("reporting.quitus.paper.notAccepted".equals(problems.get(0).code())) {
				// The page offers no upload then: said above the page, not next to a
				// field.
				model.addAttribute("problems", problems);
			}
			else {
				model.addAttribute("paperError", problems.get(0).code());
			}
			return this.page.show(year, model);
		}
		redirect.addFlashAttribute("notice", "reporting.quitus.paper.saved");
		return "redirect:" + YearEndYears.path(year.schoolYear()) + "/quitus";
	}

	@GetMapping("/coop/fin-d-annee/{annee}/quitus/papier")
	ResponseEntity<byte[]> paper(@PathVariable String annee) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		Discharge.Paper paper = this.discharge.paper(year)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(paper.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(paper.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(paper.content());
	}

}
