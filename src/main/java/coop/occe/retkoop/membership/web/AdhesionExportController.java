package coop.occe.retkoop.membership.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import coop.occe.retkoop.membership.internal.AdhesionSnapshot;
import coop.occe.retkoop.membership.internal.AdhesionState;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.platform.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The AD's list of adhésions as a spreadsheet, with the list's filter. */
@Controller
@RequestMapping("/ad/{associationId}/adhesions")
class AdhesionExportController {

	private final Adhesions adhesions;

	private final MessageSource messages;

	AdhesionExportController(Adhesions adhesions, MessageSource messages) {
		this.adhesions = adhesions;
		this.messages = messages;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable long associationId,
			@RequestParam(name = "etat", required = false) AdhesionState state) {
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
			csv.row(headers());
			for (AdhesionSnapshot r : rows(associationId, state)) {
				csv.row(cells(r));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return AdhesionDownloads.attachment(out.toString().getBytes(StandardCharsets.UTF_8), "adhesions.csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long associationId,
			@RequestParam(name = "etat", required = false) AdhesionState state) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("membership.export.sheet"));
			List<String> headers = headers();
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
			}
			int index = 1;
			for (AdhesionSnapshot r : rows(associationId, state)) {
				Row row = sheet.createRow(index++);
				List<Object> cells = cells(r);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if (value instanceof Integer number) {
						row.createCell(i).setCellValue(number);
					}
					else if (value instanceof BigDecimal amount) {
						row.createCell(i).setCellValue(amount.doubleValue());
					}
					else {
						row.createCell(i).setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			return AdhesionDownloads.attachment(out.toByteArray(), "adhesions.xlsx",
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<AdhesionSnapshot> rows(long associationId, AdhesionState state) {
		return this.adhesions.ofAssociation(associationId, this.adhesions.currentYear(), state);
	}

	private List<String> headers() {
		return List.of(text("membership.export.columns").split(";"));
	}

	private List<Object> cells(AdhesionSnapshot r) {
		return List.of(r.cooperative().number(), r.cooperative().name(), r.cooperative().commune(),
				text("membership.state." + r.adhesion().state()), r.pupils(), r.teachers(),
				(r.fees() != null) ? r.fees().total().toBigDecimal() : BigDecimal.ZERO,
				text("membership.payment." + r.adhesion().payment()),
				(r.engagement() != null) ? text("membership.yes") : text("membership.no"));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.FRANCE);
	}

}
