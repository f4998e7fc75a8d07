package coop.occe.retkoop.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The mandataire's CRF of the demo cooperative's year: the page, clear and built from the
 * books, and its PDF whose totals are the page's.
 */
@TestPropertySource(properties = "retkoop.demo.enabled=true")
class CrfPageTests extends WebTestSupport {

	static final String DEMO_LOGIN = "046-0410";

	static final String DEMO_PASSWORD = "crf-demo-pass-2026";

	@Autowired
	Directory directory;

	@Autowired
	Ledger ledger;

	@Autowired
	FinancialReports reports;

	@Autowired
	PasswordEncoder encoder;

	CooperativeSummary coop;

	FiscalYear year;

	Cookie session;

	@BeforeEach
	void signInAsTheDemoMandataire() throws Exception {
		this.coop = this.directory.associations()
			.stream()
			.filter((association) -> "046".equals(association.number()))
			.flatMap((lot) -> this.directory.activeCooperativesOf(lot.id()).stream())
			.filter((cooperative) -> "0460410W".equals(cooperative.uai()))
			.findFirst()
			.orElseThrow();
		this.year = this.ledger.fiscalYear(this.coop.id(), this.ledger.currentYear()).orElseThrow();
		this.jdbc.sql("UPDATE identity_account SET password_hash = ?, must_change_password = FALSE WHERE login = ?")
			.params(this.encoder.encode(DEMO_PASSWORD), DEMO_LOGIN)
			.update();
		this.session = login(DEMO_LOGIN, DEMO_PASSWORD);
	}

	@Test
	void theDemoCooperativesCrfShowsTheTotalsOfItsBooksAndTheBilanBalances() throws Exception {
		FinancialReport report = this.reports.of(this.year);
		Document page = page("/coop/fin-d-annee/2026-2027/crf");

		assertThat(page.title()).contains("Compte rendu financier 2026-2027");
		assertThat(page.getElementById("crf-provisional").text()).contains("provisoire").contains("31/08/2027");
		assertThat(text(page, "crf-total-charges")).isEqualTo(report.totalCharges().format().replace('\u00A0', ' '));
		assertThat(text(page, "crf-total-products")).isEqualTo(report.totalProducts().format().replace('\u00A0', ' '));
		assertThat(report.totalProducts().isPositive()).isTrue();
		assertThat(sumOfLines(page, "crf-charges")).isEqualTo(report.totalCharges());
		assertThat(sumOfLines(page, "crf-products")).isEqualTo(report.totalProducts());
		assertThat(text(page, "crf-closing-total")).isEqualTo(text(page, "crf-carried-plus-result"));
		assertThat(Money.parse(text(page, "crf-closing-total").replace("€", "")).orElseThrow()).isEqualTo(
				Money.parse(text(page, "crf-opening-total").replace("€", "")).orElseThrow().plus(report.result()));
		assertThat(page.getElementById("crf-equilibrium").hasClass("text-success")).isTrue();
		assertThat(page.getElementById("crf-equilibrium").text()).startsWith("Équilibre du bilan");
		assertThat(text(page, "crf-subsidies")).isEqualTo(report.subsidies().format().replace('\u00A0', ' '));
		assertThat(text(page, "crf-inventory")).isEqualTo(report.inventoryValue().format().replace('\u00A0', ' '));
		assertThat(page.getElementById("crf-extra")).as("the place kept for the CRA and the quitus").isNotNull();
		assertThat(page.getElementById("crf-pdf").attr("href")).isEqualTo("/coop/fin-d-annee/2026-2027/crf.pdf");
		// The default lines: one per account of the chart, of the same label.
		assertThat(page.select("#crf-charges tbody tr[data-line=6068] td").first().text())
			.startsWith("Achats pour les activités éducatives");
	}

	@Test
	void theCrfPdfPrintsTheTotalsOfThePage() throws Exception {
		Document page = page("/coop/fin-d-annee/2026-2027/crf");
		MvcResult result = this.mvc.perform(get("/coop/fin-d-annee/2026-2027/crf.pdf").cookie(this.session))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("crf-2026-2027.pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/crf-2026-2027.pdf"), pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
		}
		assertThat(text).contains("Compte rendu financier 2026-2027", this.coop.name());
		for (String id : List.of("crf-total-charges", "crf-total-products", "crf-result", "crf-opening-total",
				"crf-closing-total", "crf-carried-plus-result", "crf-subsidies", "crf-inventory")) {
			String total = text(page, id);
			assertThat(text).as(id).contains(total);
		}
		assertThat(text).contains("Total des charges " + text(page, "crf-total-charges"))
			.contains("Total des produits " + text(page, "crf-total-products"))
			.contains("Équilibre du bilan");
	}

	@Test
	void aYearWithoutBooksOrANameThatIsNoYearIsNotFound() throws Exception {
		for (String url : List.of("/coop/fin-d-annee/2019-2020/crf", "/coop/fin-d-annee/2026-2028/crf",
				"/coop/fin-d-annee/abc/crf.pdf")) {
			MvcResult result = this.mvc.perform(get(url).cookie(this.session)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isEqualTo(404);
		}
	}

	private Document page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).cookie(this.session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

	private static String text(Document page, String id) {
		return page.getElementById(id).text();
	}

	private static Money sumOfLines(Document page, String table) {
		return page.select("#" + table + " tbody tr td.rk-amount")
			.stream()
			.map((cell) -> Money.parse(cell.text().replace("€", "").strip()).orElseThrow())
			.reduce(Money.ZERO, Money::plus);
	}

}
