package coop.occe.retkoop.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class CooperativePagesTests extends WebTestSupport {

	private TestAssociation association;

	private Cookie staff;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE des Pages");
		this.staff = loginStaff(this.association);
	}

	private MockHttpServletRequestBuilder createRequest(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("uai", "0750655E");
		fields.put("number", "");
		fields.put("name", "Coopérative Scolaire de l'École Publique Jules Ferry");
		fields.put("commune", "La Rose");
		fields.put("schoolEmail", "ce.0750655e@ac-paris.fr");
		fields.put("type", "SCHOOL");
		fields.put("mandataryName", "Jean DUPONT");
		fields.put("mandataryEmail", "jdp@gmail.com");
		fields.put("bankName", "La Banque Postale");
		fields.put("iban", "FR76 2004 1010 1609 9999 9702 912");
		fields.put("bic", "PSSTFRPPTOU");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/ad/" + this.association.id() + "/cooperatives")
			.cookie(this.staff)
			.with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request;
	}

	@Test
	void createsACooperativeWithItsNumberFromTheUaiAndItsAccount() throws Exception {
		MvcResult created = this.mvc.perform(createRequest()).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/ad/" + this.association.id() + "/cooperatives/\\d+");
		Document page = html(
				this.mvc.perform(get(location).cookie(this.staff).flashAttrs(created.getFlashMap())).andReturn());
		String identifiant = this.association.number() + "-0655";
		assertThat(page.text()).contains("Jules Ferry")
			.contains("LA ROSE")
			.contains(identifiant)
			.contains("FR76 2004 1010 1609 9999 9702 912")
			.contains("Identifiant : " + identifiant + " — mot de passe : coop0655");
		login(identifiant, "coop0655");
	}

	@Test
	void badInputGivesFrenchMessagesNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
		MvcResult result = this.mvc
			.perform(createRequest("uai", "0750655F", "name", "  ", "iban", "FR76 2004 1010 1609 9999 9702 913", "bic",
					"PSST", "schoolEmail", "pas-une-adresse", "postalCode", "4600"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = html(result);
		assertThat(page.select("#uai-erreur").text()).isEqualTo(
				"La lettre de contrôle de l’UAI 0750655F n’est pas la bonne : avec ces 7 chiffres, ce devrait être E. Vérifiez les chiffres et la lettre.");
		assertThat(page.select("#name-erreur").text()).isEqualTo("Indiquez le nom complet de la coopérative.");
		assertThat(page.select("#iban-erreur").text()).contains("clé de contrôle ne correspond pas");
		assertThat(page.select("#bic-erreur").text()).contains("BIC");
		assertThat(page.select("#schoolEmail-erreur").text()).contains("adresse électronique n’est pas valable");
		assertThat(page.select("#postalCode-erreur").text()).contains("5 chiffres");
		assertThat(page.select("#number-erreur").text()).contains("Indiquez le numéro");
		assertThat(page.select("#uai").val()).isEqualTo("0750655F");
		assertThat(page.select("#iban").val()).isEqualTo("FR76 2004 1010 1609 9999 9702 913");
		assertThat(page.select("#commune").val()).isEqualTo("La Rose");
		assertThat(page.select("#mandataryName").val()).isEqualTo("Jean DUPONT");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM directory_cooperative WHERE association_id = ?")
			.param(this.association.id())
			.query(Long.class)
			.single()).as("nothing saved").isZero();
	}

	@Test
	void refusesASecondCooperativeWithTheSameNumber() throws Exception {
		this.mvc.perform(createRequest()).andReturn();
		Document page = html(this.mvc.perform(createRequest()).andReturn());
		assertThat(page.select("#number-erreur").text()).contains("0655").contains("déjà");
	}

	@Test
	void editsACooperativeAndRecordsBeforeAndAfterInTheJournal() throws Exception {
		TestCooperative coop = this.data.cooperative(this.association, "Coopérative Ancienne");
		String base = "/ad/" + this.association.id() + "/cooperatives/" + coop.id();
		Document form = html(this.mvc.perform(get(base + "/edit").cookie(this.staff)).andReturn());
		assertThat(form.select("#name").val()).isEqualTo("Coopérative Ancienne");
		MvcResult saved = this.mvc
			.perform(post(base).cookie(this.staff)
				.with(csrf())
				.param("version", form.select("#version").val())
				.param("name", "Coopérative Nouvelle")
				.param("commune", form.select("#commune").val())
				.param("schoolEmail", "nouvelle@example.org")
				.param("type", "CLASS"))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(base);
		Document journal = html(
				this.mvc.perform(get("/ad/" + this.association.id() + "/journal").cookie(this.staff)).andReturn());
		assertThat(journal.text()).contains("Coopérative modifiée")
			.contains("nom : Coopérative Ancienne → Coopérative Nouvelle")
			.contains("type : SCHOOL → CLASS")
			.contains(this.association.staffEmail());
	}

	@Test
	void aStaleFormIsRefusedInsteadOfOverwritingSomebodyElsesChange() throws Exception {
		TestCooperative coop = this.data.cooperative(this.association, "Coopérative Concurrente");
		String base = "/ad/" + this.association.id() + "/cooperatives/" + coop.id();
		MockHttpServletRequestBuilder edit = post(base).cookie(this.staff)
			.with(csrf())
			.param("version", "0")
			.param("name", "Premier")
			.param("commune", "X")
			.param("schoolEmail", "a@example.org");
		this.mvc.perform(edit).andReturn();
		Document page = html(this.mvc
			.perform(post(base).cookie(this.staff)
				.with(csrf())
				.param("version", "0")
				.param("name", "Second")
				.param("commune", "X")
				.param("schoolEmail", "a@example.org"))
			.andReturn());
		assertThat(page.text()).contains("Quelqu’un d’autre a modifié cette coopérative");
		assertThat(page.select("#name").val()).isEqualTo("Second");
	}

	@Test
	void closingACooperativeStopsItsLoginAndReopeningRestoresIt() throws Exception {
		TestCooperative coop = this.data.readyCooperative(this.association, "Coopérative à fermer");
		Cookie openSession = loginCooperative(coop);
		String base = "/ad/" + this.association.id() + "/cooperatives/" + coop.id();
		this.mvc.perform(post(base + "/close").cookie(this.staff).with(csrf())).andReturn();
		assertThat(this.mvc.perform(get("/sommaire").cookie(openSession)).andReturn().getResponse().getRedirectedUrl())
			.as("the open session ends with the closing")
			.endsWith("/connexion");
		MvcResult refused = this.mvc
			.perform(post("/connexion").param("identifiant", coop.login())
				.param("motDePasse", "cooperative-pass-42")
				.with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
		assertThat(html(this.mvc.perform(get(base).cookie(this.staff)).andReturn()).text()).contains("Fermée");
		this.mvc.perform(post(base + "/reopen").cookie(this.staff).with(csrf())).andReturn();
		loginCooperative(coop);
	}

	@Test
	void staffCanGiveANewInitialPasswordWhichMustBeChangedAgain() throws Exception {
		TestCooperative coop = this.data.readyCooperative(this.association, "Coopérative oublieuse");
		String base = "/ad/" + this.association.id() + "/cooperatives/" + coop.id();
		MvcResult reset = this.mvc.perform(post(base + "/password").cookie(this.staff).with(csrf())).andReturn();
		Document page = html(
				this.mvc.perform(get(base).cookie(this.staff).flashAttrs(reset.getFlashMap())).andReturn());
		String initial = "coop" + coop.login().substring(4);
		assertThat(page.text()).contains("mot de passe : " + initial);
		Cookie session = login(coop.login(), initial);
		assertThat(this.mvc.perform(get("/sommaire").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/mot-de-passe");
	}

	@Test
	void listSearchesByNumberNameCommuneAndUaiAndPages() throws Exception {
		for (int i = 0; i < 27; i++) {
			this.data.cooperative(this.association, "Coopérative Liste " + i);
		}
		TestCooperative special = this.data.cooperative(this.association, "Coopérative des Tilleuls");
		String list = "/ad/" + this.association.id();
		Document first = html(this.mvc.perform(get(list).cookie(this.staff)).andReturn());
		assertThat(first.select("tbody tr")).hasSize(25);
		assertThat(first.text()).contains("28 coopératives").contains("Page 1 sur 2");
		Document second = html(this.mvc.perform(get(list).param("page", "1").cookie(this.staff)).andReturn());
		assertThat(second.select("tbody tr")).hasSize(3);
		Document byName = html(this.mvc.perform(get(list).param("q", "tilleuls").cookie(this.staff)).andReturn());
		assertThat(byName.select("tbody tr")).hasSize(1);
		assertThat(byName.text()).contains("Coopérative des Tilleuls");
		String number = special.login().substring(4);
		Document byNumber = html(this.mvc.perform(get(list).param("q", number).cookie(this.staff)).andReturn());
		assertThat(byNumber.text()).contains("Coopérative des Tilleuls");
		Document byCommune = html(
				this.mvc.perform(get(list).param("q", "commune " + number).cookie(this.staff)).andReturn());
		assertThat(byCommune.select("tbody tr")).hasSize(1);
		Document none = html(this.mvc.perform(get(list).param("q", "100%_").cookie(this.staff)).andReturn());
		assertThat(none.text()).contains("Aucune coopérative ne correspond");
	}

}
