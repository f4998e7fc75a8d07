package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.Scans;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class ProjectPageTests extends WebTestSupport {

	TestAssociation association;

	Cookie session;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Projets");
		TestCooperative coop = this.data.readyCooperative(this.association, "Coopérative des Projets");
		this.session = loginCooperative(coop);
		open(this.session);
	}

	@Test
	void aProjectReportsTheChargesProductsAndResultOfItsEntries() throws Exception {
		String projectId = createProject(this.session, "Classe verte");
		save(this.session, "RECEIPT", "Participation classe verte", "300", "7562", projectId);
		save(this.session, "EXPENSE", "Car classe verte", "450", "6251", projectId);
		save(this.session, "EXPENSE", "Papeterie", "20", "6068", "");
		Document report = page(get("/coop/comptabilite/projets/" + projectId));
		assertThat(report.select("h1").text()).isEqualTo("Projet : Classe verte");
		assertThat(report.select("#products").text()).contains("7562 – Participation volontaire des familles 300,00 €");
		assertThat(report.select("#charges").text()).contains("6251 – Sorties et voyages 450,00 €")
			.doesNotContain("6068");
		assertThat(report.select("#result").text()).isEqualTo("-150,00 €");
		Document book = page(get("/coop/comptabilite").param("projet", projectId));
		assertThat(book.select("table.rk-book tbody tr")).hasSize(2);
	}

	@Test
	void aClassesPedagogicalActionsOpenWithTheClassReadyAndItsProjectsFirst() throws Exception {
		this.mvc
			.perform(post("/coop/comptabilite/projets").param("name", "Piscine")
				.param("className", "CM1")
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		this.mvc
			.perform(post("/coop/comptabilite/projets").param("name", "Théâtre")
				.param("className", "CE2")
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		Document page = page(get("/coop/comptabilite/projets").param("classe", "CE2"));
		assertThat(page.select("#className").val()).isEqualTo("CE2");
		assertThat(page.select("#projects li").first().text()).isEqualTo("Théâtre (CE2)");
	}

	@Test
	void theSubsidiesTableListsTheReceiptsOnSubsidyAccounts() throws Exception {
		this.mvc
			.perform(entry("RECEIPT", "Classe verte", "450", "744", "").param("parts[0].amount", "300")
				.param("parts[1].account", "7562")
				.param("parts[1].amount", "150")
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		save(this.session, "RECEIPT", "Projet lecture", "120,50", "743", "");
		save(this.session, "RECEIPT", "Kermesse", "80", "706", "");
		Document table = page(get("/coop/comptabilite/subventions"));
		assertThat(table.select("#subsidies tbody tr")).extracting((row) -> row.select("td:lt(5)").text())
			.containsExactly("12/10/2026 1 744 – Subventions de la Commune Classe verte 300,00 €",
					"12/10/2026 2 743 – Subventions du Département Projet lecture 120,50 €");
		assertThat(table.select("#subsidies tfoot").text()).isEqualTo("Total 420,50 €");
	}

	@Test
	void eachSubsidyKeepsItsProofAndOnlyAPdfOrImageIsAccepted() throws Exception {
		save(this.session, "RECEIPT", "Classe verte", "300", "744", "");
		save(this.session, "RECEIPT", "Kermesse", "80", "706", "");
		Document table = page(get("/coop/comptabilite/subventions"));
		String action = table.select("#subsidies tbody form").attr("action");
		assertThat(table.select("#subsidies tbody form")).hasSize(1);

		Document refused = html(this.mvc.perform(multipart(action)
			.file(new MockMultipartFile("fichier", "decision.png", "image/png",
					"pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.cookie(this.session)
			.with(csrf())).andReturn());
		assertThat(refused.select(".invalid-feedback").text())
			.isEqualTo("Ce fichier n’est ni un PDF ni une image JPEG ou PNG.");

		byte[] pdf = Scans.pdf("décision du maire");
		MvcResult attached = this.mvc
			.perform(multipart(action).file(new MockMultipartFile("fichier", "decision.pdf", "application/pdf", pdf))
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		assertThat(attached.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/subventions");
		Document after = page(get("/coop/comptabilite/subventions"));
		String link = after.select("#subsidies tbody a:contains(voir le justificatif)").attr("href");
		assertThat(link).isEqualTo(action);
		MvcResult download = this.mvc.perform(get(link).cookie(this.session)).andReturn();
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);

		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative Curieuse");
		Cookie intruder = loginCooperative(other);
		open(intruder);
		assertThat(this.mvc.perform(get(link).cookie(intruder)).andReturn().getResponse().getStatus()).isEqualTo(404);
		long kermesse = this.jdbc.sql("SELECT MAX(id) FROM ledger_entry WHERE label = 'Kermesse'")
			.query(Long.class)
			.single();
		String notASubsidy = "/coop/comptabilite/subventions/" + kermesse + "/justificatif";
		assertThat(this.mvc
			.perform(multipart(notASubsidy).file(new MockMultipartFile("fichier", "x.pdf", "application/pdf", pdf))
				.cookie(this.session)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).as("a receipt that is not a subsidy takes no proof here").isEqualTo(404);
	}

	@Test
	void aProofIsOpenedBeforeItIsAcceptedAndKeepsAnAccentedNameWithTheEuroSign() throws Exception {
		save(this.session, "RECEIPT", "Classe verte", "300", "744", "");
		String action = page(get("/coop/comptabilite/subventions")).select("#subsidies tbody form").attr("action");
		Document truncated = html(
				this.mvc.perform(multipart(action)
					.file(new MockMultipartFile("fichier", "decision.pdf", "application/pdf",
							"%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
					.cookie(this.session)
					.with(csrf())).andReturn());
		assertThat(truncated.select(".invalid-feedback").text()).startsWith("Ce fichier ne s’ouvre pas");
		Document bomb = html(this.mvc
			.perform(multipart(action)
				.file(new MockMultipartFile("fichier", "decision.png", "image/png", Scans.pngBomb()))
				.cookie(this.session)
				.with(csrf()))
			.andReturn());
		assertThat(bomb.select(".invalid-feedback").text()).startsWith("Cette image a plus de 40 millions de pixels");
		long entryId = Long.parseLong(action.replaceAll("\\D+", " ").strip());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM ledger_proof WHERE entry_id = ?")
			.param(entryId)
			.query(Integer.class)
			.single()).isZero();

		byte[] pdf = Scans.pdf("décision à 150 €");
		this.mvc
			.perform(multipart(action)
				.file(new MockMultipartFile("fichier", "Décision « mairie » 150 €.pdf", "application/pdf", pdf))
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		MvcResult download = this.mvc.perform(get(action).cookie(this.session)).andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		String disposition = download.getResponse().getHeader("Content-Disposition");
		// Servlet containers write headers in ISO-8859-1: a "€" there lost the whole
		// header.
		assertThat(java.nio.charset.StandardCharsets.ISO_8859_1.newEncoder().canEncode(disposition))
			.as("a header the server can send: %s", disposition)
			.isTrue();
		assertThat(org.springframework.http.ContentDisposition.parse(disposition).getFilename())
			.isEqualTo("Décision « mairie » 150 €.pdf");
	}

	@Test
	void durableGoodsAreTypedOrTakenFromPurchasesAndTheirInsuredValueIsDeclared() throws Exception {
		save(this.session, "EXPENSE", "Appareil photo", "300", "68", "");
		Document page = page(get("/coop/comptabilite/inventaire"));
		assertThat(page.select("#purchases").text()).contains("Pièce n° 1 du 12/10/2026 : Appareil photo, 300,00 €");
		String action = page.select("#purchases form").attr("action");
		this.mvc.perform(post(action).cookie(this.session).with(csrf())).andReturn();
		MvcResult typed = this.mvc
			.perform(post("/coop/comptabilite/inventaire").cookie(this.session)
				.param("description", "Vidéoprojecteur")
				.param("acquiredOn", "15/10/2020")
				.param("value", "499,99")
				.with(csrf()))
			.andReturn();
		assertThat(typed.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/inventaire");
		Document after = page(get("/coop/comptabilite/inventaire"));
		assertThat(after.select("#purchases")).isEmpty();
		assertThat(after.select("#goods tbody tr")).hasSize(2);
		// 300,00 bought this year + 499,99 × 40 % after six full years.
		assertThat(after.select("#declared").text()).endsWith("500,00 €");
		Document refused = page(post("/coop/comptabilite/inventaire").param("description", "")
			.param("acquiredOn", "01/01/2030")
			.param("value", "zéro"));
		assertThat(refused.select("#description-erreur").text()).isEqualTo("Décrivez le bien.");
		assertThat(refused.select("#value-erreur").text()).startsWith("Ce n’est pas un montant");
		assertThat(
				this.mvc.perform(post(action).cookie(this.session).with(csrf())).andReturn().getResponse().getStatus())
			.as("a purchase is listed once")
			.isEqualTo(404);
	}

	@Test
	void aGoodLeavesTheInventoryTodayAndADateSentByHandIsRefused() throws Exception {
		this.mvc
			.perform(post("/coop/comptabilite/inventaire").cookie(this.session)
				.param("description", "Vidéoprojecteur")
				.param("acquiredOn", "15/10/2020")
				.param("value", "499,99")
				.with(csrf()))
			.andReturn();
		String action = page(get("/coop/comptabilite/inventaire")).select("#goods form").attr("action");
		// The button sends no date: one added by hand (before the purchase, here) is a
		// forged request, refused whole.
		MvcResult early = this.mvc.perform(post(action).cookie(this.session).param("date", "01/01/2019").with(csrf()))
			.andReturn();
		assertThat(early.getResponse().getStatus()).isEqualTo(400);
		assertThat(early.getResponse().getContentAsString()).contains("Rien n’a été enregistré");
		assertThat(page(get("/coop/comptabilite/inventaire")).select("#goods form")).as("still listed").hasSize(1);
		this.mvc.perform(post(action).cookie(this.session).with(csrf())).andReturn();
		assertThat(page(get("/coop/comptabilite/inventaire")).select("#goods form")).as("disposed today").isEmpty();
	}

	@Test
	void aProjectOfAnotherCooperativeCanNeitherBeSeenNorUsed() throws Exception {
		String projectId = createProject(this.session, "Spectacle secret");
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie otherSession = loginCooperative(other);
		open(otherSession);
		assertThat(this.mvc.perform(get("/coop/comptabilite/projets/" + projectId).cookie(otherSession))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		MvcResult refused = this.mvc
			.perform(entry("EXPENSE", "Car", "10", "6251", projectId).cookie(otherSession).with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).text())
			.contains("Ce projet n’existe pas cette année.");
	}

	@Test
	void aProjectWithoutNameOrWithReversedDatesIsRefused() throws Exception {
		Document page = page(post("/coop/comptabilite/projets").param("name", " ")
			.param("startsOn", "10/05/2027")
			.param("endsOn", "01/05/2027"));
		assertThat(page.select("#name-erreur").text()).isEqualTo("Indiquez le nom du projet.");
		assertThat(page.select("#endsOn-erreur").text()).isEqualTo("La fin ne peut pas être avant le début.");
		assertThat(page.select("#startsOn").val()).isEqualTo("10/05/2027");
	}

	private void open(Cookie session) throws Exception {
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").cookie(session)
				.param("openingBank", "500")
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.with(csrf()))
			.andReturn();
	}

	private String createProject(Cookie session, String name) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/coop/comptabilite/projets").cookie(session)
				.param("name", name)
				.param("className", "CE2")
				.with(csrf()))
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/projets");
		Document list = html(this.mvc.perform(get("/coop/comptabilite/projets").cookie(session)).andReturn());
		String href = list.select("#projects a").last().attr("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private void save(Cookie session, String operation, String label, String amount, String account, String projectId)
			throws Exception {
		MvcResult saved = this.mvc
			.perform(entry(operation, label, amount, account, projectId).cookie(session).with(csrf()))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).as(label).isNotNull();
	}

	private static MockHttpServletRequestBuilder entry(String operation, String label, String amount, String account,
			String projectId) {
		return post("/coop/comptabilite/operations").param("operation", operation)
			.param("date", "12/10/2026")
			.param("label", label)
			.param("amount", amount)
			.param("means", "TRANSFER")
			.param("parts[0].account", account)
			.param("projectId", projectId);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.cookie(this.session).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

}
