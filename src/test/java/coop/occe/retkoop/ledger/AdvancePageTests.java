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

class AdvancePageTests extends LedgerPageTestSupport {

	TestAssociation association;

	TestCooperative coop;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Régies");
		this.coop = this.data.readyCooperative(this.association, "Coopérative des Régies");
		this.session = loginCooperative(this.coop);
		perform(post("/coop/comptabilite/ouverture").param("openingBank", "1000")
			.param("openingCash", "200")
			.param("voucherStyle", "SERIES"));
	}

	@Test
	void aRégiePaidInCashThenClosedWithTwoExpensesBringsTheRemainderBack() throws Exception {
		String url = payAdvance("Mme Martin (CE2)", "150,00");
		assertThat(url).startsWith("/coop/comptabilite/regies/");
		Document situation = page(get("/coop/comptabilite/situation").param("date", "31/10/2026"));
		assertThat(situation.select("#cash").text()).isEqualTo("50,00 €");
		assertThat(situation.select("#avoirs").text()).contains("Régies d’avance en cours 150,00 €");
		assertThat(situation.select("#holdings").text()).isEqualTo("1 200,00 €");
		assertThat(situation.select("#result").text()).isEqualTo("0,00 €");

		Document receipt = page(get(url + "/recu"));
		assertThat(receipt.select(".rk-receipt")).hasSize(2);
		assertThat(receipt.text()).contains("Mme Martin (CE2) reconnais avoir reçu").contains("150,00 €");

		MvcResult closed = perform(post(url + "/retour").param("date", "20/10/2026")
			.param("parts[0].account", "6068")
			.param("parts[0].amount", "40")
			.param("parts[1].account", "6251")
			.param("parts[1].amount", "35,50")
			.param("means", "CASH"));
		assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(page(get(url)).select("#advance-closed").text()).isEqualTo("Régie soldée le 20/10/2026.");
		Document after = page(get("/coop/comptabilite/situation").param("date", "31/10/2026"));
		assertThat(after.select("#cash").text()).isEqualTo("124,50 €");
		assertThat(after.select("#avoirs").text()).doesNotContain("Régies d’avance");
		assertThat(after.select("#charges").text()).contains("6068 – Achats pour les activités éducatives 40,00 €")
			.contains("6251 – Sorties et voyages 35,50 €");
		assertThat(after.select("#result").text()).isEqualTo("-75,50 €");
		Document book = page(get("/coop/comptabilite"));
		assertThat(book.select("table.rk-book tbody tr")).hasSize(2);
		assertThat(book.select("table.rk-book tbody tr").get(1).text()).contains("D02")
			.contains("6068 : 40,00 ; 6251 : 35,50");
	}

	@Test
	void theAdRaisesTheCeilingAndItAppliesToTheNextRégie() throws Exception {
		jakarta.servlet.http.Cookie staff = loginStaff(this.association);
		String settings = "/ad/" + this.association.id() + "/regies-plafond";
		Document bad = html(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(settings)
				.param("advanceCeiling", "-5")
				.cookie(staff)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn());
		assertThat(bad.select("#advanceCeiling-erreur").text()).contains("supérieur à 0");
		assertThat(bad.select("#advanceCeiling").val()).isEqualTo("-5");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(settings)
				.param("advanceCeiling", "200")
				.cookie(staff)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn();
		Document refused = page(post("/coop/comptabilite/regies").param("holder", "M. Roux")
			.param("date", "01/10/2026")
			.param("amount", "200,01")
			.param("means", "CASH"));
		assertThat(refused.select("#amount-erreur").text())
			.isEqualTo("Une régie d’avance ne peut pas dépasser 200,00 €.");
		payAdvance("M. Roux", "200");
		assertThat(html(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/ad/" + this.association.id() + "/journal")
				.cookie(staff))
			.andReturn()).text()).contains("plafond : 150,00\u00A0€ → 200,00\u00A0€");
	}

	@Test
	void aRégieOverTheCeilingWithoutHolderOrWithTooManyExpensesIsRefusedAndNothingIsSaved() throws Exception {
		Document refused = page(post("/coop/comptabilite/regies").param("holder", "")
			.param("date", "01/10/2026")
			.param("amount", "150,01")
			.param("means", "CASH"));
		assertThat(refused.select("#holder-erreur").text()).isEqualTo("Indiquez le nom de l’enseignant(e).");
		assertThat(refused.select("#amount-erreur").text())
			.isEqualTo("Une régie d’avance ne peut pas dépasser 150,00 €.");
		assertThat(entries()).isZero();

		String url = payAdvance("M. Durand", "100");
		Document tooMuch = page(post(url + "/retour").param("date", "02/10/2026")
			.param("parts[0].account", "6068")
			.param("parts[0].amount", "100,01")
			.param("means", "CASH"));
		assertThat(tooMuch.select("#parts-erreur").text())
			.startsWith("Les dépenses (100,01 €) dépassent la régie (100,00 €)");
		assertThat(tooMuch.select("#parts0\\.amount").val()).isEqualTo("100,01");
		assertThat(entries()).isEqualTo(1);
	}

	@Test
	void theRégiesOfAnotherCooperativeAreNotFound() throws Exception {
		String url = payAdvance("Mme Secret", "20");
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie otherSession = loginCooperative(other);
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").cookie(otherSession)
				.param("openingBank", "0")
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.with(csrf()))
			.andReturn();
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get(url), get(url + "/recu"),
				post(url + "/retour").param("date", "02/10/2026").param("means", "CASH").with(csrf()) }) {
			assertThat(this.mvc.perform(request.cookie(otherSession)).andReturn().getResponse().getStatus())
				.isEqualTo(404);
		}
		assertThat(html(this.mvc.perform(get("/coop/comptabilite/regies").cookie(otherSession)).andReturn()).text())
			.doesNotContain("Mme Secret");
	}

	private String payAdvance(String holder, String amount) throws Exception {
		MvcResult paid = perform(post("/coop/comptabilite/regies").param("holder", holder)
			.param("date", "01/10/2026")
			.param("amount", amount)
			.param("means", "CASH"));
		assertThat(paid.getResponse().getRedirectedUrl()).as("régie paid").isNotNull();
		return paid.getResponse().getRedirectedUrl();
	}

	private long entries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
