package coop.occe.retkoop.browser;

import coop.occe.retkoop.directory.internal.DemoData;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.identity.Identifiant;
import coop.occe.retkoop.support.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed letter's first step, in a real browser: log in as 046-0410 / coop0410, be made
 * to choose a new password, see the cooperative's home page, log out, log in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstLoginBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoData demoData;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSeedsMandataireLogsInChangesThePasswordAndLogsInAgain() throws Exception {
		this.demoData.load();
		// Whatever an earlier test did, 046-0410 starts from the letter's initial
		// password.
		long coopId = this.jdbc.sql("SELECT cooperative_id FROM identity_account WHERE login = '046-0410'")
			.query(Long.class)
			.single();
		long associationId = this.jdbc.sql("SELECT association_id FROM identity_account WHERE login = '046-0410'")
			.query(Long.class)
			.single();
		this.accounts.resetCooperativePassword(associationId, coopId, new Identifiant("046", "0410"), false);

		try (Browser browser = new Browser("http://localhost:" + this.port)) {
			browser.open("/");
			assertThat(browser.heading()).isEqualTo("Connexion");
			browser.type("identifiant", "046-0410").type("motDePasse", "coop0410").clickButton("Se connecter");

			browser.waitForPath("/mot-de-passe");
			assertThat(browser.text()).contains("Première connexion");
			browser.open("/sommaire").waitForPath("/mot-de-passe");

			browser.type("newPassword", "coop-trop-court")
				.type("confirmation", "coop-trop-court")
				.clickButton("Enregistrer le mot de passe");
			assertThat(browser.text()).contains("ne doit pas commencer par « coop »");

			browser.type("newPassword", "Les-jardins-de-Cahors")
				.type("confirmation", "Les-jardins-de-Cahors")
				.clickButton("Enregistrer le mot de passe");
			browser.waitForPath("/sommaire");
			assertThat(browser.text()).contains("Jules Ferry")
				.contains("LA ROSE")
				.contains("Mandataire : Jean DUPONT")
				.contains("OCCE du Lot")
				.contains("Votre nouveau mot de passe est enregistré.");

			browser.screenshot(java.nio.file.Path.of("target/screenshots/sommaire.png"));
			browser.clickButton("Déconnexion");
			assertThat(browser.currentPath()).startsWith("/connexion");
			assertThat(browser.text()).contains("Vous êtes déconnecté(e).");

			browser.type("identifiant", "046 0410").type("motDePasse", "coop0410").clickButton("Se connecter");
			assertThat(browser.text()).contains("Identifiant ou mot de passe incorrect.");

			browser.type("identifiant", "0460410")
				.type("motDePasse", "Les-jardins-de-Cahors")
				.clickButton("Se connecter");
			browser.waitForPath("/sommaire");
			assertThat(browser.heading()).isEqualTo("Sommaire");
			assertThat(browser.text()).contains("Jules Ferry");
		}
	}

}
