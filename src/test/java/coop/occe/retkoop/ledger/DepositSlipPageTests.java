package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class DepositSlipPageTests extends LedgerPageTestSupport {

	TestAssociation association;

	TestCooperative coop;

	String first;

	String second;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Remises");
		this.coop = this.data.readyCooperative(this.association, "Coopérative des Remises");
		this.session = loginCooperative(this.coop);
		perform(post("/coop/comptabilite/ouverture").param("openingBank", "0")
			.param("openingCash", "0")
			.param("voucherStyle", "SERIES"));
		this.first = receipt("111", "Photos Léa", "12,00", "CHEQUE");
		this.second = receipt("222", "Photos Tom", "8,50", "CHEQUE");
		receipt("", "Photos Zoé", "5,00", "CASH");
	}

	@Test
	void chosenChequesMakeOneSlipWithTheirTotalAndLeaveTheList() throws Exception {
		Document list = page(get("/coop/comptabilite/remises"));
		assertThat(list.select("input[name=cheques]")).hasSize(2);
		assertThat(list.text()).contains("Total des chèques pas encore remis : 20,50 €");
		MvcResult made = perform(post("/coop/comptabilite/remises").param("date", "20/09/2026")
			.param("cheques", id(this.first))
			.param("cheques", id(this.second)));
		String slipUrl = made.getResponse().getRedirectedUrl();
		assertThat(slipUrl).startsWith("/coop/comptabilite/remises/");
		Document slip = page(get(slipUrl));
		assertThat(slip.select("h1").text()).isEqualTo("Remise de chèques n° 1");
		assertThat(slip.text()).contains("Déposée le 20/09/2026 : 2 chèques, total 20,50 €.");
		assertThat(slip.select("#slip-cheques tbody tr")).hasSize(2);
		Document after = page(get("/coop/comptabilite/remises"));
		assertThat(after.select("input[name=cheques]")).isEmpty();
		assertThat(after.select("#slips").text()).contains("Remise n° 1 du 20/09/2026 : 2 chèques, 20,50 €");

		MvcResult cancel = perform(post(this.first + "/cancel").param("version", "0"));
		assertThat(page(get(cancel.getResponse().getRedirectedUrl())).text()).doesNotContain("Annulée");
	}

	@Test
	void aChequeAlreadyDepositedOrNoChequeAtAllIsRefusedAndNothingIsSaved() throws Exception {
		perform(post("/coop/comptabilite/remises").param("date", "20/09/2026").param("cheques", id(this.first)));
		Document again = page(post("/coop/comptabilite/remises").param("date", "21/09/2026")
			.param("cheques", id(this.first))
			.param("cheques", id(this.second)));
		assertThat(again.select("#cheques-erreur").text()).startsWith("Un des chèques cochés a déjà été remis");
		assertThat(again.select("#cheque-" + id(this.second)).hasAttr("checked")).isTrue();
		Document none = page(post("/coop/comptabilite/remises").param("date", "01/09/2027"));
		assertThat(none.select("#cheques-erreur").text()).isEqualTo("Cochez au moins un chèque.");
		assertThat(none.select("#date-erreur").text()).startsWith("Cette date n’est pas dans l’année scolaire");
		assertThat(slips()).isEqualTo(1);
	}

	@Test
	void anotherCooperativeCannotSeeNorDepositTheseCheques() throws Exception {
		String slipUrl = perform(
				post("/coop/comptabilite/remises").param("date", "20/09/2026").param("cheques", id(this.first)))
			.getResponse()
			.getRedirectedUrl();
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie otherSession = loginCooperative(other);
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").cookie(otherSession)
				.param("openingBank", "0")
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.with(csrf()))
			.andReturn();
		assertThat(this.mvc.perform(get(slipUrl).cookie(otherSession)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		MvcResult stolen = this.mvc
			.perform(post("/coop/comptabilite/remises").cookie(otherSession)
				.param("date", "20/09/2026")
				.param("cheques", id(this.second))
				.with(csrf()))
			.andReturn();
		assertThat(stolen.getResponse().getStatus()).isEqualTo(200);
		assertThat(page(get("/coop/comptabilite/remises")).select("input[name=cheques]")).hasSize(1);
	}

	private String receipt(String cheque, String label, String amount, String means) throws Exception {
		MvcResult saved = perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", "15/09/2026")
			.param("label", label)
			.param("amount", amount)
			.param("means", means)
			.param("chequeNumber", cheque)
			.param("parts[0].account", "707"));
		assertThat(saved.getResponse().getRedirectedUrl()).isNotNull();
		return saved.getResponse().getRedirectedUrl();
	}

	private static String id(String entryUrl) {
		return entryUrl.substring(entryUrl.lastIndexOf('/') + 1);
	}

	private long slips() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_deposit_slip WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
