package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import java.util.Map;

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
	void anUnusedProductBecomesAChargeNumberedInClassSixAndTheCashBookFollows() throws Exception {
		Changed changed = change("758", "658", "CHARGE");
		assertThat(changed.notice()).isEqualTo("ledger.chart.kindChanged");
		Document chart = changed.page();
		assertThat(chart.select("#compte-758")).isEmpty();
		assertThat(chart.select("#compte-658 td").get(1).text()).isEqualTo("Dépenses (6)");
		assertThat(chart.select("#compte-658 input[name=label]").val()).isEqualTo("Produits divers");
		assertThat(chart.select("#kind-658 option[selected]").val()).isEqualTo("CHARGE");
		assertThat(this.jdbc.sql("""
				SELECT details FROM platform_audit_event
				WHERE association_id = ? AND action = 'LEDGER_ACCOUNT_KIND_CHANGED'""")
			.param(this.association.id())
			.query(String.class)
			.list()).containsExactly("code : 758 → 658\nnature : PRODUCT → CHARGE");

		Cookie session = openedCooperative("Coopérative de la Nature", "0");
		Document expense = html(
				this.mvc.perform(get("/coop/comptabilite/operations/new").param("type", "EXPENSE").cookie(session))
					.andReturn());
		assertThat(expense.select("#parts0\\.account option").eachText()).contains("658 – Produits divers");
		Document receipt = html(
				this.mvc.perform(get("/coop/comptabilite/operations/new").param("type", "RECEIPT").cookie(session))
					.andReturn());
		assertThat(receipt.select("#parts0\\.account option").eachText()).contains("7541 – Dons")
			.noneMatch((option) -> option.startsWith("658") || option.startsWith("758"));

		Changed back = change("658", "7588", "PRODUCT");
		assertThat(back.notice()).isEqualTo("ledger.chart.kindChanged");
		assertThat(kindOf("7588")).isEqualTo("PRODUCT");
		assertThat(kindOf("658")).isNull();
		Changed renumbered = change("7588", "759", "PRODUCT");
		assertThat(renumbered.notice()).isEqualTo("ledger.chart.renumbered");
		assertThat(kindOf("759")).isEqualTo("PRODUCT");
		assertThat(auditCount("LEDGER_ACCOUNT_KIND_CHANGED")).isEqualTo(2);
		assertThat(auditCount("LEDGER_ACCOUNT_RENUMBERED")).isEqualTo(1);
	}

	@Test
	void aKindChangeNeedsANewCodeOfTheRightClassAndChangesNothingOtherwise() throws Exception {
		Document noCode = change("758", "", "CHARGE").page();
		assertThat(noCode.select("#newCode-758").hasClass("is-invalid")).isTrue();
		assertThat(noCode.select("#newCode-758-erreur.invalid-feedback").text())
			.isEqualTo("Une dépense se numérote en 6 : indiquez le nouveau numéro.");
		assertThat(noCode.select("#kind-758 option[selected]").val()).as("the typed kind is kept").isEqualTo("CHARGE");
		assertThat(noCode.select("#kind-7541 option[selected]").val()).as("other rows show their own kind")
			.isEqualTo("PRODUCT");

		Document wrongClass = change("758", "7580", "CHARGE").page();
		assertThat(wrongClass.select("#newCode-758-erreur").text())
			.isEqualTo("Une dépense se numérote en 6 : indiquez le nouveau numéro.");
		assertThat(wrongClass.select("#newCode-758").val()).isEqualTo("7580");
		assertThat(change("6068", "6069", "PRODUCT").error())
			.isEqualTo("Une recette se numérote en 7 : indiquez le nouveau numéro.");
		assertThat(change("758", "758", "PRODUCT").error())
			.isEqualTo("Le numéro et la nature sont ceux du compte : rien à changer. "
					+ "Indiquez un nouveau numéro ou une autre nature.");
		assertThat(change("758", "", "PRODUCT").error()).isEqualTo(change("758", "758", "PRODUCT").error());
		assertThat(change("758", "6068", "CHARGE").error()).isEqualTo("Le compte 6068 existe déjà.");

		Changed notAKind = change("758", "5120", "BANK");
		assertThat(notAKind.flash().get("renumberErrorField")).isEqualTo("kind");
		Document kindError = notAKind.page();
		assertThat(kindError.select("#kind-758").hasClass("is-invalid")).isTrue();
		assertThat(kindError.select("#kind-758-erreur").text()).isEqualTo("Choisissez dépenses ou recettes.");
		assertThat(change("758", "658", "N_IMPORTE_QUOI").flash().get("renumberErrorField")).isEqualTo("kind");

		for (String treasury : new String[] { "512", "53", "467" }) {
			assertThat(change(treasury, "658", "CHARGE").error()).as(treasury)
				.isEqualTo(
						"Les comptes de trésorerie (banque, caisse, régies, virements internes) gardent leur numéro.");
			assertThat(kindOf(treasury)).as(treasury).isNotIn("CHARGE", "PRODUCT");
		}
		Document chart = html(this.mvc.perform(get(this.chartUrl).cookie(this.staff)).andReturn());
		assertThat(chart.select("#kind-512")).as("no number and kind form for the bank").isEmpty();
		assertThat(kindOf("758")).isEqualTo("PRODUCT");
		assertThat(kindOf("6068")).isEqualTo("CHARGE");
		assertThat(kindOf("658")).isNull();
		assertThat(auditCount("LEDGER_ACCOUNT_%")).isZero();
	}

	@Test
	void anAccountACooperativeWroteOnKeepsItsKind() throws Exception {
		Cookie mandatary = openedCooperative("Coopérative Productive", "100");
		this.mvc
			.perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
				.param("date", "10/09/2026")
				.param("label", "Vente de gâteaux")
				.param("amount", "10")
				.param("means", "TRANSFER")
				.param("parts[0].account", "758")
				.cookie(mandatary)
				.with(csrf()))
			.andReturn();
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM ledger_line WHERE account_code = '758'").query(Long.class).single())
			.as("the receipt is posted on 758")
			.isPositive();

		Changed refused = change("758", "658", "CHARGE");
		assertThat(refused.error()).isEqualTo(
				"Des coopératives ont déjà des opérations sur le compte 758 cette année : sa nature et son numéro "
						+ "ne peuvent plus changer. Créez un nouveau compte et rendez celui-ci inutilisable.");
		Document page = refused.page();
		assertThat(page.select("#newCode-758").hasClass("is-invalid")).isTrue();
		assertThat(page.select("#newCode-758").val()).isEqualTo("658");
		assertThat(page.select("#compte-758 td").get(1).text()).isEqualTo("Recettes (7)");
		assertThat(page.select("#compte-658")).isEmpty();
		assertThat(kindOf("758")).isEqualTo("PRODUCT");
		assertThat(auditCount("LEDGER_ACCOUNT_%")).isZero();
		assertThat(change("7541", "6541", "CHARGE").notice())
			.as("another association-year account nobody used may change")
			.isEqualTo("ledger.chart.kindChanged");
	}

	@Test
	void aClassBookLineWaitingForTheMandataryAlsoKeepsTheAccountsKind() throws Exception {
		Cookie mandatary = openedCooperative("Coopérative des Classes du Plan", "100");
		String email = "ce1-" + this.association.id() + "@plan.example.org";
		MvcResult invited = this.mvc
			.perform(post("/coop/comptabilite/classes").cookie(mandatary)
				.param("className", "CE1")
				.param("teacherName", "Mme Durand")
				.param("email", email)
				.with(csrf()))
			.andReturn();
		coop.occe.retkoop.identity.InitialPassword password = (coop.occe.retkoop.identity.InitialPassword) invited
			.getFlashMap()
			.get("initialPassword");
		Cookie teacher = login(email, password.value());
		this.mvc
			.perform(post("/mot-de-passe").cookie(teacher)
				.param("newPassword", ClassBookPageTests.TEACHER_PASSWORD)
				.param("confirmation", ClassBookPageTests.TEACHER_PASSWORD)
				.with(csrf()))
			.andReturn();
		MvcResult line = this.mvc
			.perform(post("/classe").cookie(teacher)
				.param("operation", "RECEIPT")
				.param("date", "05/10/2026")
				.param("label", "Vente de gâteaux")
				.param("amount", "15")
				.param("account", "758")
				.param("means", "CASH")
				.param("key", "gateaux-ce1")
				.with(csrf()))
			.andReturn();
		assertThat(line.getResponse().getRedirectedUrl()).as("line recorded").isEqualTo("/classe");

		assertThat(change("758", "658", "CHARGE").error()).asString()
			.startsWith("Des coopératives ont déjà des opérations sur le compte 758");
		assertThat(kindOf("758")).isEqualTo("PRODUCT");
	}

	/**
	 * Posts the number and kind form, then opens the page it redirects to, as a browser
	 * would: the flash attributes are consumed there and do not leak into the next page.
	 */
	private Changed change(String code, String newCode, String kind) throws Exception {
		MvcResult posted = this.mvc
			.perform(post(this.chartUrl + "/" + code + "/numero").cookie(this.staff)
				.param("annee", "2026")
				.param("newCode", newCode)
				.param("kind", kind)
				.with(csrf()))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(this.chartUrl + "?annee=2026");
		Document page = html(
				this.mvc.perform(get(posted.getResponse().getRedirectedUrl()).cookie(this.staff)).andReturn());
		return new Changed(posted.getFlashMap(), page);
	}

	/** The flash attributes of a change and the chart page they were shown on. */
	record Changed(Map<String, Object> flash, Document page) {

		Object error() {
			return this.flash.get("renumberError");
		}

		Object notice() {
			return this.flash.get("notice");
		}

	}

	private String kindOf(String code) {
		return this.jdbc
			.sql("SELECT kind FROM ledger_account WHERE association_id = ? AND school_year = 2026 AND code = ?")
			.params(this.association.id(), code)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long auditCount(String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM platform_audit_event WHERE association_id = ? AND action LIKE ?")
			.params(this.association.id(), action)
			.query(Long.class)
			.single();
	}

	private Cookie openedCooperative(String name, String openingBank) throws Exception {
		Cookie session = loginCooperative(this.data.readyCooperative(this.association, name));
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").cookie(session)
				.param("openingBank", openingBank)
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.with(csrf()))
			.andReturn();
		return session;
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
