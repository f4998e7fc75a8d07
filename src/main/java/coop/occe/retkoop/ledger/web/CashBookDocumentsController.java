package coop.occe.retkoop.ledger.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.CashBookFilter;
import coop.occe.retkoop.ledger.CashBookLine;
import coop.occe.retkoop.ledger.CashBookPage;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.PdfRenderer;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cash book to print (PDF) and for a spreadsheet (XLSX), with the same filters as the
 * page.
 */
@Controller
class CashBookDocumentsController {

	private final Ledger ledger;

	private final Directory directory;

	private final PdfRenderer pdf;

	private final ExportColumns columns;

	CashBookDocumentsController(Ledger ledger, Directory directory, PdfRenderer pdf, ExportColumns columns) {
		this.columns = columns;
		this.ledger = ledger;
		this.directory = directory;
		this.pdf = pdf;
	}

	@GetMapping("/coop/comptabilite/cahier.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to,
			@RequestParam(name = "compte", defaultValue = "") String account,
			@RequestParam(name = "q", defaultValue = "") String text) {
		FiscalYear year = year();
		CooperativeSummary coop = this.directory.cooperative(year.cooperativeId()).orElseThrow();
		byte[] document = this.pdf.render("ledger/pdf/book", Map.of("coop", coop, "year", year.schoolYear(), "lines",
				lines(year, from, to, account, text), "printedOn", Dates.format(this.ledger.today())));
		return file(document, MediaType.APPLICATION_PDF, "cahier-" + year.schoolYear().startYear() + ".pdf");
	}

	@GetMapping("/coop/comptabilite/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to,
			@RequestParam(name = "compte", defaultValue = "") String account,
			@RequestParam(name = "q", defaultValue = "") String text) throws IOException {
		FiscalYear year = year();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(this.columns.sheet(year.schoolYear().startYear()));
			CellStyle euros = workbook.createCellStyle();
			euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			List<String> names = this.columns.names();
			for (int i = 0; i < names.size(); i++) {
				header.createCell(i).setCellValue(names.get(i));
			}
			int r = 1;
			for (CashBookLine line : lines(year, from, to, account, text)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.voucher());
				row.createCell(1).setCellValue(Dates.format(line.date()));
				row.createCell(2).setCellValue(line.label());
				row.createCell(3).setCellValue((line.chequeNumber() != null) ? line.chequeNumber() : "");
				Money[] amounts = { line.bankIn(), line.bankOut(), line.cashIn(), line.cashOut() };
				for (int i = 0; i < amounts.length; i++) {
					if (amounts[i] != null) {
						row.createCell(4 + i).setCellValue(amounts[i].toBigDecimal().doubleValue());
						row.getCell(4 + i).setCellStyle(euros);
					}
				}
				row.createCell(8).setCellValue(line.splitText());
				row.createCell(9).setCellValue(line.bankBalance().toBigDecimal().doubleValue());
				row.getCell(9).setCellStyle(euros);
				row.createCell(10).setCellValue(line.cashBalance().toBigDecimal().doubleValue());
				row.getCell(10).setCellStyle(euros);
				row.createCell(11).setCellValue(this.columns.cancelled(line.cancelled()));
			}
			workbook.write(out);
			return file(out.toByteArray(),
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
					"cahier-" + year.schoolYear().startYear() + ".xlsx");
		}
	}

	/** Every line of the year that the filters keep, page after page. */
	private List<CashBookLine> lines(FiscalYear year, String from, String to, String account, String text) {
		CashBookFilter filter = new CashBookFilter(date(from), date(to), account, text, null);
		List<CashBookLine> lines = new ArrayList<>();
		int page = 0;
		CashBookPage book;
		do {
			book = this.ledger.cashBook(year, filter, page++, 1000);
			lines.addAll(book.lines());
		}
		while (book.hasNext());
		return lines;
	}

	private static LocalDate date(String typed) {
		return typed.isBlank() ? null : Dates.parse(typed).orElse(null);
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, coop.occe.retkoop.platform.Downloads.attachment(name))
			.body(content);
	}

}
