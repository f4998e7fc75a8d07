package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class ChartPageTests extends WebTestSupport {

	TestAssociation association;

	Cookie staff;

	String chartUrl;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Plan");
		this.staff = loginStaff(this.association);
		this.chartUrl = "/ad/" + this.association.id() + "/plan-comptable";
	}

	@Test
	void theAdRenamesDeactivatesAndAddsAccountsThatCooperativesThenUse() throws Exception {
		Document chart = html(this.mvc.perform(get(this.chartUrl).cookie(this.staff)).andReturn());
		assertThat(chart.select("h1").text()).isEqualTo("Plan comptable des coopératives 2026 - 2027");
		assertThat(chart.select("#compte-7562 input[name=label]").val())
			.isEqualTo("Participation volontaire des familles");

		this.mvc
			.perform(post(this.chartUrl + "/6068").cookie(this.staff)
				.param("annee", "2026")
				.param("label", "Achats pédagogiques")
				.param("active", "true")
				.with(csrf()))
			.andReturn();
		this.mvc
			.perform(post(this.chartUrl + "/657").cookie(this.staff)
				.param("annee", "2026")
				.param("label", "Aides et solidarité")
				.with(csrf()))
			.andReturn();
		MvcResult added = this.mvc
			.perform(post(this.chartUrl).cookie(this.staff)
				.param("annee", "2026")
				.param("code", "6257")
				.param("label", "Réceptions")
				.param("kind", "CHARGE")
				.with(csrf()))
			.andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(this.chartUrl + "?annee=2026");

		TestCooperative coop = this.data.readyCooperative(this.association, "Coopérative du Plan");
		Cookie session = loginCooperative(coop);
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").cookie(session)
				.param("openingBank", "0")
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.with(csrf()))
			.andReturn();
		Document form = html(
				this.mvc.perform(get("/coop/comptabilite/operations/new").param("type", "EXPENSE").cookie(session))
					.andReturn());
		assertThat(form.select("#parts0\\.account option").eachText())
			.contains("6068 – Achats pédagogiques", "6257 – Réceptions")
			.noneMatch((option) -> option.startsWith("657"));
		assertThat(this.jdbc.sql(
				"SELECT COUNT(*) FROM platform_audit_event WHERE association_id = ? AND action LIKE 'LEDGER_ACCOUNT_%'")
			.param(this.association.id())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anUnusedChargeAccountCanBeRenumberedButNotAUsedOneNorATreasuryAccount() throws Exception {
		MvcResult renumbered = this.mvc
			.perform(post(this.chartUrl + "/671/numero").cookie(this.staff)
				.param("annee", "2026")
				.param("newCode", "6718")
				.with(csrf()))
			.andReturn();
		Document chart = html(
				this.mvc.perform(get(renumbered.getResponse().getRedirectedUrl()).cookie(this.staff)).andReturn());
		assertThat(chart.select("#compte-6718")).hasSize(1);
		assertThat(chart.select("#compte-671")).isEmpty();

		Document wrongKind = refusal("6718", "7100");
		assertThat(wrongKind.select("#newCode-6718-erreur").text()).isEqualTo("Un compte de dépenses commence par 6.");
		assertThat(wrongKind.select("#newCode-6718").val()).isEqualTo("7100");
		assertThat(refusal("6718", "6068").select("#newCode-6718-erreur").text())
			.isEqualTo("Le compte 6068 existe déjà.");
		MvcResult treasury = this.mvc
			.perform(post(this.chartUrl + "/512/numero").cookie(this.staff)
				.param("annee", "2026")
				.param("newCode", "5121")
				.with(csrf()))
			.andReturn();
		assertThat(treasury.getFlashMap().get("renumberError"))
			.isEqualTo("Les comptes de trésorerie (banque, caisse, régies, virements internes) gardent leur numéro.");
		this.mvc.perform(get(treasury.getResponse().getRedirectedUrl()).cookie(this.staff)).andReturn();
		assertThat(html(this.mvc.perform(get(this.chartUrl).cookie(this.staff)).andReturn()).select("#compte-512"))
			.as("the bank keeps its number")
			.hasSize(1);

		Cookie mandatary = loginCooperative(this.data.readyCooperative(this.association, "Coopérative Dépensière"));
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").param("openingBank", "100")
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.cookie(mandatary)
				.with(csrf()))
			.andReturn();
		this.mvc
			.perform(post("/coop/comptabilite/operations").param("operation", "EXPENSE")
				.param("date", "10/09/2026")
				.param("label", "Fournitures")
				.param("amount", "10")
				.param("means", "TRANSFER")
				.param("parts[0].account", "6718")
				.cookie(mandatary)
				.with(csrf()))
			.andReturn();
		assertThat(refusal("6718", "6719").select("#newCode-6718-erreur").text())
			.startsWith("Des coopératives ont déjà des opérations sur le compte 6718");
	}

	private Document refusal(String code, String newCode) throws Exception {
		MvcResult refused = this.mvc
			.perform(post(this.chartUrl + "/" + code + "/numero").cookie(this.staff)
				.param("annee", "2026")
				.param("newCode", newCode)
				.with(csrf()))
			.andReturn();
		// The page the browser is sent to, where the flash attributes are waiting.
		return html(this.mvc.perform(get(refused.getResponse().getRedirectedUrl()).cookie(this.staff)).andReturn());
	}

	@Test
	void aWrongNewAccountIsRefusedNextToItsFields() throws Exception {
		Document page = html(this.mvc
			.perform(post(this.chartUrl).cookie(this.staff)
				.param("code", "512")
				.param("label", "")
				.param("kind", "PRODUCT")
				.with(csrf()))
			.andReturn());
		assertThat(page.select("#code-erreur").text()).isEqualTo("Un compte de recettes commence par 7.");
		assertThat(page.select("#label-erreur").text()).isEqualTo("Indiquez un libellé.");
		assertThat(page.select("#code").val()).isEqualTo("512");
		Document taken = html(this.mvc
			.perform(post(this.chartUrl).cookie(this.staff)
				.param("code", "7562")
				.param("label", "Encore")
				.param("kind", "PRODUCT")
				.with(csrf()))
			.andReturn());
		assertThat(taken.select("#code-erreur").text()).isEqualTo("Le compte 7562 existe déjà.");
	}

	@Test
	void onlyTheStaffOfTheAssociationMayOpenItsChart() throws Exception {
		TestAssociation other = this.data.association("OCCE Autre");
		Cookie otherStaff = loginStaff(other);
		assertThat(this.mvc.perform(get(this.chartUrl).cookie(otherStaff)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		TestCooperative coop = this.data.readyCooperative(this.association, "Coopérative Curieuse");
		assertThat(this.mvc.perform(get(this.chartUrl).cookie(loginCooperative(coop)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
