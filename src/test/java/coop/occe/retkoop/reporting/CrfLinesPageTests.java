package coop.occe.retkoop.reporting;

import java.util.List;

import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.reporting.FinancialReport.ReportLine;
import coop.occe.retkoop.reporting.crf.CrfMappings;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The AD's CRF lines: a new line, an account moved into it (the CRF's totals follow),
 * another AD untouched, and every value the page does not offer refused.
 */
class CrfLinesPageTests extends WebTestSupport {

	static final SchoolYear YEAR = new SchoolYear(2026);

	@Autowired
	Ledger ledger;

	@Autowired
	FinancialReports reports;

	@Autowired
	CrfMappings mappings;

	@Test
	void movingAnAccountToAnotherLineMovesItsTotalAndLeavesOtherAdsAlone() throws Exception {
		TestAssociation ad = this.data.association("OCCE des Lignes");
		TestAssociation other = this.data.association("OCCE d’à côté");
		FiscalYear year = yearWithEntries(this.data.readyCooperative(ad, "Coopérative des Lignes"));
		FiscalYear neighbour = yearWithEntries(this.data.readyCooperative(other, "Coopérative d’à côté"));
		Cookie staff = loginStaff(ad);
		String page = "/ad/" + ad.id() + "/crf/2026-2027/lignes";

		Document before = page(staff, get(page));
		assertThat(before.getElementById("crf-lines-source").text()).startsWith("Lignes par défaut");
		assertThat(before.select("#compte-6068 option[selected]").attr("value")).isEqualTo("6068");
		assertThat(before.select("#compte-6068 option").eachAttr("value")).contains("6251").doesNotContain("7562");

		assertThat(perform(staff, post(page).param("label", "Achats et sorties").param("kind", "CHARGE")).getResponse()
			.getRedirectedUrl()).isEqualTo(page);
		perform(staff, post("/ad/" + ad.id() + "/crf/2026-2027/comptes").param("compte-6068", "L1")
			.param("compte-6251", "L1"));

		FinancialReport report = this.reports.of(year);
		assertThat(line(report, "L1").total()).isEqualTo(Money.of("80").plus(Money.of("45.50")));
		assertThat(line(report, "L1").accounts()).extracting(FinancialReport.AccountAmount::code)
			.containsExactly("6068", "6251");
		assertThat(line(report, "6068").total()).isEqualTo(Money.ZERO);
		assertThat(report.totalCharges()).isEqualTo(Money.of("125.50"));
		assertThat(report.charges().stream().map(ReportLine::total).reduce(Money.ZERO, Money::plus))
			.isEqualTo(report.totalCharges());
		assertThat(this.reports.of(neighbour).charges()).extracting(ReportLine::code).doesNotContain("L1");
		assertThat(this.mappings.of(other.id(), YEAR).isDefault()).isTrue();

		Document after = page(staff, get(page));
		assertThat(after.getElementById("crf-lines-source").text()).startsWith("Lignes propres");
		assertThat(after.select("#compte-6251 option[selected]").attr("value")).isEqualTo("L1");
		Document next = page(staff, get("/ad/" + ad.id() + "/crf/2027-2028/lignes"));
		assertThat(next.getElementById("crf-lines-source").text()).contains("reprises de l’année 2026-2027");
		assertThat(next.select("#compte-6251 option[selected]").attr("value")).isEqualTo("L1");
	}

	@Test
	void linesAreRenamedAndReorderedAndABlankLabelIsExplainedNextToItsField() throws Exception {
		TestAssociation ad = this.data.association("OCCE de l’Ordre");
		Cookie staff = loginStaff(ad);
		String page = "/ad/" + ad.id() + "/crf/2026-2027/lignes";
		perform(staff, post(page).param("label", "Sorties").param("kind", "CHARGE"));
		perform(staff, post(page + "/L1").param("label", "Sorties scolaires"));
		perform(staff, post(page + "/L1/monter"));
		Document shown = page(staff, get(page));
		List<String> order = shown.select("#crf-lines-CHARGE tr").eachAttr("id");
		assertThat(order.indexOf("ligne-L1")).isEqualTo(order.size() - 2);
		assertThat(shown.getElementById("label-L1").val()).isEqualTo("Sorties scolaires");

		Document refused = page(staff, post(page).param("label", "  ").param("kind", "PRODUCT"));
		assertThat(refused.getElementById("new-label-erreur").text()).isEqualTo("Indiquez le libellé de la ligne.");
		assertThat(refused.select("#new-kind option[selected]").attr("value")).isEqualTo("PRODUCT");
		assertThat(this.mappings.of(ad.id(), YEAR).lines(AccountKind.PRODUCT)).noneMatch((l) -> l.code().equals("L2"));
	}

	@Test
	void aLineOfAnotherAdACodeNotOfferedOrAnotherAdsPageIsRefused() throws Exception {
		TestAssociation ad = this.data.association("OCCE Prudente");
		TestAssociation other = this.data.association("OCCE Voisine");
		Cookie staff = loginStaff(ad);
		Cookie otherStaff = loginStaff(other);
		perform(otherStaff,
				post("/ad/" + other.id() + "/crf/2026-2027/lignes").param("label", "A").param("kind", "CHARGE"));
		perform(otherStaff,
				post("/ad/" + other.id() + "/crf/2026-2027/lignes").param("label", "B").param("kind", "CHARGE"));
		String accounts = "/ad/" + ad.id() + "/crf/2026-2027/comptes";
		assertThat(status(staff, post(accounts).param("compte-6068", "L2"))).as("the other AD's line").isEqualTo(400);
		assertThat(status(staff, post(accounts).param("compte-6068", "7562"))).as("a product line").isEqualTo(400);
		assertThat(status(staff, post(accounts).param("compte-9999", "6068"))).as("no such account").isEqualTo(400);
		assertThat(status(staff,
				post("/ad/" + ad.id() + "/crf/2026-2027/lignes").param("label", "X").param("kind", "BANK")))
			.isEqualTo(400);
		assertThat(status(staff, post("/ad/" + ad.id() + "/crf/2026-2027/lignes/L9").param("label", "X")))
			.as("a line the AD does not have is not found")
			.isEqualTo(404);
		assertThat(this.mappings.of(ad.id(), YEAR).isDefault()).as("nothing saved").isTrue();
		assertThat(status(staff, get("/ad/" + other.id() + "/crf/2026-2027/lignes"))).isEqualTo(403);
		assertThat(status(staff, post("/ad/" + other.id() + "/crf/2026-2027/comptes").param("compte-6068", "L1")))
			.isEqualTo(403);
		assertThat(this.mappings.of(other.id(), YEAR).accountLines()).doesNotContainEntry("6068", "L1");
		assertThat(status(staff, get("/ad/" + ad.id() + "/crf/1990-1991/lignes"))).isEqualTo(404);
	}

	private FiscalYear yearWithEntries(TestCooperative coop) {
		FiscalYear year = this.ledger
			.openYear(coop.id(), YEAR, Money.euros(1_000), Money.euros(50), VoucherStyle.SINGLE)
			.orElseThrow();
		enter(year, Operation.EXPENSE, "6068", "80");
		enter(year, Operation.EXPENSE, "6251", "45.50");
		enter(year, Operation.RECEIPT, "7562", "200");
		return year;
	}

	private void enter(FiscalYear year, Operation operation, String account, String euros) {
		Money amount = Money.of(euros);
		assertThat(this.ledger
			.post(year,
					new EntryDraft(operation, YEAR.firstDay().plusDays(10), "Opération " + account,
							PaymentMeans.TRANSFER, "", amount, List.of(new Split(account, amount)), null))
			.isPosted()).isTrue();
	}

	private static ReportLine line(FinancialReport report, String code) {
		return report.charges().stream().filter((l) -> l.code().equals(code)).findFirst().orElseThrow();
	}

	private MvcResult perform(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
	}

	private int status(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return perform(session, request).getResponse().getStatus();
	}

	private Document page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(session, request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
