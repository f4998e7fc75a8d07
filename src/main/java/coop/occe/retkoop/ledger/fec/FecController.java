package coop.occe.retkoop.ledger.fec;

import java.io.IOException;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.Downloads;
import coop.occe.retkoop.shared.Result;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mandataire's FEC: a page that says what the file is for, and the file.
 */
@Controller
class FecController {

	private final Ledger ledger;

	private final FecExport export;

	FecController(Ledger ledger, FecExport export) {
		this.ledger = ledger;
		this.export = export;
	}

	@GetMapping("/coop/comptabilite/fec")
	String page(Model model) {
		FiscalYear year = OpenYear.of(this.ledger);
		Result<FecExport.Fec> result = this.export.export(year);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("result", result);
		return "ledger/fec";
	}

	/**
	 * The file, written as it is read; without it (no SIRET), back to the page that says
	 * why.
	 */
	@GetMapping("/coop/comptabilite/fec.txt")
	void file(HttpServletResponse response) throws IOException {
		Result<FecExport.Fec> result = this.export.export(OpenYear.of(this.ledger));
		if (!result.isDone()) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, "/coop/comptabilite/fec");
			return;
		}
		response.setContentType(new MediaType("text", "plain", FecRow.CHARSET).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(result.value().fileName()));
		FecRow.write(result.value().rows(), response.getOutputStream());
	}

}
