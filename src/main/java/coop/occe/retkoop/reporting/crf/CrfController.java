package coop.occe.retkoop.reporting.crf;

import java.util.HashMap;
import java.util.Map;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.Downloads;
import coop.occe.retkoop.platform.PdfRenderer;
import coop.occe.retkoop.reporting.FinancialReport;
import coop.occe.retkoop.reporting.FinancialReports;
import coop.occe.retkoop.reporting.cra.ActivityReports;
import coop.occe.retkoop.reporting.quitus.Discharge;
import coop.occe.retkoop.reporting.internal.YearEndYears;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The mandataire's CRF of a school year, read-only, built from the books: the page and
 * the same content as one PDF (one template for both, so their totals are the same).
 */
@Controller
class CrfController {

	private final Ledger ledger;

	private final FinancialReports reports;

	private final Directory directory;

	private final PdfRenderer pdf;

	private final ActivityReports activity;

	private final Discharge discharge;

	CrfController(Ledger ledger, FinancialReports reports, Directory directory, PdfRenderer pdf,
			ActivityReports activity, Discharge discharge) {
		this.activity = activity;
		this.discharge = discharge;
		this.ledger = ledger;
		this.reports = reports;
		this.directory = directory;
		this.pdf = pdf;
	}

	@GetMapping("/coop/fin-d-annee/{annee}/crf")
	String page(@PathVariable String annee, Model model) {
		model.addAllAttributes(variables(YearEndYears.of(this.ledger, annee)));
		return "reporting/crf";
	}

	@GetMapping("/coop/fin-d-annee/{annee}/crf.pdf")
	ResponseEntity<byte[]> document(@PathVariable String annee) {
		FiscalYear year = YearEndYears.of(this.ledger, annee);
		byte[] document = this.pdf.render("reporting/pdf/crf", variables(year));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Downloads.attachment("crf-" + YearEndYears.name(year.schoolYear()) + ".pdf"))
			.body(document);
	}

	private Map<String, Object> variables(FiscalYear year) {
		FinancialReport report = this.reports.of(year);
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", report);
		variables.put("activity", this.activity.answers(year));
		variables.put("discharge", this.discharge.record(year));
		variables.put("coop", this.directory.cooperative(year.cooperativeId()).orElseThrow());
		variables.put("association", this.directory.association(year.associationId()).orElseThrow());
		variables.put("yearName", YearEndYears.name(year.schoolYear()));
		variables.put("provisional", !this.ledger.today().isAfter(year.schoolYear().lastDay()));
		variables.put("printedOn", this.ledger.today());
		return variables;
	}

}
