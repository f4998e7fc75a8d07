package coop.occe.retkoop.ledger;

import java.io.ByteArrayInputStream;

import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class CashBookDocumentsTests extends WebTestSupport {

	@Test
	void theCashBookPrintsAsPdfAndExportsAsXlsxWithTheRunningBalances() throws Exception {
		var association = this.data.association("OCCE des Documents");
		var cooperative = this.data.readyCooperative(association, "Coopérative Imprimée");
		Cookie session = loginCooperative(cooperative);
		String date = SchoolYear
			.containing(java.time.LocalDate.ofInstant(coop.occe.retkoop.support.FixedClockConfiguration.NOW,
					java.time.ZoneId.of("Europe/Paris")))
			.firstDay()
			.plusDays(5)
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").param("openingBank", "1 000")
				.param("openingCash", "20")
				.param("voucherStyle", "SINGLE")
				.cookie(session)
				.with(csrf()))
			.andReturn();
		MvcResult posted = this.mvc
			.perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
				.param("date", date)
				.param("label", "Participation des familles")
				.param("amount", "85,50")
				.param("means", "CASH")
				.param("parts[0].account", "7562")
				.cookie(session)
				.with(csrf()))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isNotNull();

		byte[] pdf = this.mvc.perform(get("/coop/comptabilite/cahier.pdf").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// Kept for a look: pdftoppm -png target/documents/cahier.pdf
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/documents/cahier.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Coopérative Imprimée")
				.contains("Participation des familles")
				.contains("85,50")
				.contains("105,50");
		}

		byte[] xlsx = this.mvc.perform(get("/coop/comptabilite/export.xlsx").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Pièce");
			assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Annulée");
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Participation des familles");
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(85.50);
			assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(105.50);
			assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1000.00);
		}
	}

}
