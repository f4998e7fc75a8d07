package coop.occe.retkoop.identity;

import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class LoginTests extends WebTestSupport {

	@Autowired
	private Accounts accounts;

	private TestAssociation association;

	private TestCooperative coop;

	@BeforeEach
	void setUp() {
		this.association = this.data.association("OCCE du Test");
		this.coop = this.data.cooperative(this.association, "Coopérative Scolaire de l'École Victor Hugo");
	}

	@Test
	void acceptsTheIdentifiantWithDashWithoutDashOrWithASpace() throws Exception {
		String dashed = this.coop.login();
		String compact = dashed.replace("-", "");
		String spaced = dashed.replace("-", " ");
		for (String typed : new String[] { dashed, compact, spaced, "  " + spaced + " " }) {
			login(typed, this.coop.initialPassword());
		}
	}

	@Test
	void initialPasswordLeadsEveryUrlToThePasswordChangePage() throws Exception {
		Cookie session = login(this.coop.login(), this.coop.initialPassword());
		for (String url : new String[] { "/", "/sommaire", "/sommaire?x=1" }) {
			MvcResult result = this.mvc.perform(get(url).cookie(session)).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as(url).isEqualTo("/mot-de-passe");
		}
		Document page = html(this.mvc.perform(get("/mot-de-passe").cookie(session)).andReturn());
		assertThat(page.text()).contains("Première connexion");
	}

	@Test
	void passwordChangeRefusesWeakPasswordsWithFrenchMessagesNextToTheFields() throws Exception {
		Cookie session = login(this.coop.login(), this.coop.initialPassword());
		Document page = html(this.mvc
			.perform(post("/mot-de-passe").cookie(session)
				.param("newPassword", "coop12")
				.param("confirmation", "autre")
				.with(csrf()))
			.andReturn());
		assertThat(page.select("#newPassword-erreur").text()).contains("au moins 10 caractères")
			.contains("ne doit pas commencer par « coop »");
		assertThat(page.select("#confirmation-erreur").text()).contains("ne sont pas identiques");
		assertThat(page.select("#newPassword").hasClass("is-invalid")).isTrue();

		Document sameAsLogin = html(this.mvc
			.perform(post("/mot-de-passe").cookie(session)
				.param("newPassword", this.coop.login().replace("-", ""))
				.param("confirmation", this.coop.login().replace("-", ""))
				.with(csrf()))
			.andReturn());
		assertThat(sameAsLogin.select("#newPassword-erreur").text()).contains("ne doit pas être votre identifiant");
	}

	@Test
	void afterTheChangeTheHomePageOpensAndOnlyTheNewPasswordWorks() throws Exception {
		Cookie session = login(this.coop.login(), this.coop.initialPassword());
		MvcResult changed = this.mvc
			.perform(post("/mot-de-passe").cookie(session)
				.param("newPassword", "un-vrai-mot-de-passe")
				.param("confirmation", "un-vrai-mot-de-passe")
				.with(csrf()))
			.andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/sommaire");
		Document home = html(this.mvc.perform(get("/sommaire").cookie(session)).andReturn());
		assertThat(home.text()).contains("Victor Hugo").contains("Année scolaire");

		MvcResult oldPassword = this.mvc
			.perform(post("/connexion").param("identifiant", this.coop.login())
				.param("motDePasse", this.coop.initialPassword())
				.with(csrf()))
			.andReturn();
		assertThat(oldPassword.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
		login(this.coop.login(), "un-vrai-mot-de-passe");
	}

	@Test
	void anInitialPasswordIsReplacedOnlyKnowingItAndByOneThatFollowsTheRules() throws Exception {
		String login = this.coop.login();
		String initial = this.coop.initialPassword();
		assertThat(this.accounts.replaceInitialPassword(login, "pas-le-bon-mot", "un-mot-de-demo-2025")).isFalse();
		assertThat(this.accounts.replaceInitialPassword(login, initial, "court")).isFalse();
		assertThat(this.accounts.replaceInitialPassword("046-9999", initial, "un-mot-de-demo-2025")).isFalse();
		assertThat(this.accounts.replaceInitialPassword(login, initial, "un-mot-de-demo-2025")).isTrue();
		Cookie session = login(login, "un-mot-de-demo-2025");
		MvcResult home = this.mvc.perform(get("/sommaire").cookie(session)).andReturn();
		assertThat(home.getResponse().getStatus()).as("no forced change any more").isEqualTo(200);
	}

	@Test
	void wrongPasswordKeepsTheIdentifiantTypedAndSaysSoInFrench() throws Exception {
		MvcResult result = this.mvc
			.perform(
					post("/connexion").param("identifiant", this.coop.login()).param("motDePasse", "faux").with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
		Cookie session = result.getResponse().getCookie("RETKOOP_SESSION");
		Document page = html(this.mvc.perform(get("/connexion?erreur").cookie(session)).andReturn());
		assertThat(page.text()).contains("Identifiant ou mot de passe incorrect.");
		assertThat(page.select("#identifiant").val()).isEqualTo(this.coop.login());
	}

	@Test
	void fiveFailuresLockTheIdentifiantEvenWithTheRightPasswordAndSayNothingOfItsExistence() throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(attempt(this.coop.login(), "faux")).isEqualTo("/connexion?erreur");
		}
		assertThat(attempt(this.coop.login(), "faux")).isEqualTo("/connexion?bloque");
		assertThat(attempt(this.coop.login(), this.coop.initialPassword())).isEqualTo("/connexion?bloque");

		String unknown = "999-" + this.coop.login().substring(4);
		for (int i = 0; i < 4; i++) {
			assertThat(attempt(unknown, "faux")).isEqualTo("/connexion?erreur");
		}
		assertThat(attempt(unknown, "faux")).as("an unknown identifiant locks the same way")
			.isEqualTo("/connexion?bloque");
		Document page = html(this.mvc.perform(get("/connexion?bloque")).andReturn());
		assertThat(page.text()).contains("bloqué pendant 15 minutes");
	}

	@Test
	void theLockIsLiftedAfterFifteenMinutes() throws Exception {
		for (int i = 0; i < 5; i++) {
			attempt(this.coop.login(), "faux");
		}
		assertThat(attempt(this.coop.login(), this.coop.initialPassword())).isEqualTo("/connexion?bloque");
		this.jdbc.sql(
				"UPDATE identity_login_throttle SET blocked_until = blocked_until - INTERVAL '16' MINUTE WHERE login = ?")
			.param(this.coop.login())
			.update();
		assertThat(attempt(this.coop.login(), this.coop.initialPassword())).isEqualTo("/");
	}

	@Test
	void staffLogInByEmailInAnyCaseAndLandOnTheirAssociation() throws Exception {
		Cookie session = login(this.association.staffEmail().toUpperCase(), TestData.STAFF_PASSWORD);
		MvcResult home = this.mvc.perform(get("/").cookie(session)).andReturn();
		assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/ad/" + this.association.id());
		Document page = html(this.mvc.perform(get("/ad/" + this.association.id()).cookie(session)).andReturn());
		assertThat(page.text()).contains("Victor Hugo");
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		TestCooperative ready = this.data.readyCooperative(this.association, "Coopérative Ready");
		Cookie session = loginCooperative(ready);
		MvcResult logout = this.mvc.perform(post("/deconnexion").cookie(session).with(csrf())).andReturn();
		assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/connexion?deconnecte");
		MvcResult after = this.mvc.perform(get("/sommaire").cookie(session)).andReturn();
		assertThat(after.getResponse().getRedirectedUrl()).endsWith("/connexion");
	}

	private String attempt(String identifiant, String password) throws Exception {
		return this.mvc
			.perform(post("/connexion").param("identifiant", identifiant).param("motDePasse", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
