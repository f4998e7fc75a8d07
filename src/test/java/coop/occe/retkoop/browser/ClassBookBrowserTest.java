package coop.occe.retkoop.browser;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.support.Browser;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestCooperative;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class teacher, invited by the mandataire, records two expenses of the class in a real
 * browser; the mandataire accepts them and they appear in the cooperative's books with
 * their voucher numbers, which the teacher then sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassBookBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private AssociationRepository associations;

	@Autowired
	private CooperativeService cooperatives;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PasswordEncoder encoder;

	@Test
	void theTeacherRecordsTwoExpensesThatTheMandataireAcceptsIntoTheBooks() {
		TestData data = new TestData(this.associations, this.cooperatives, this.accounts, this.jdbc, this.encoder);
		TestCooperative coop = data.readyCooperative(data.association("OCCE Classe Navigateur"),
				"Coopérative de la Classe");
		String email = "ce2." + coop.id() + "@example.org";
		String base = "http://localhost:" + this.port;
		try (Browser mandataire = new Browser(base); Browser teacher = new Browser(base)) {
			mandataire.open("/connexion")
				.type("identifiant", coop.login())
				.type("motDePasse", TestData.COOP_PASSWORD)
				.clickButton("Se connecter")
				.waitForPath("/sommaire");
			mandataire.open("/coop/comptabilite").type("openingBank", "1000").type("openingCash", "200");
			mandataire.click(By.cssSelector("main form[method=post] button[type=submit]"))
				.waitForPath("/coop/comptabilite");

			mandataire.open("/coop/comptabilite/classes?classe=CE2")
				.type("teacherName", "Mme Martin")
				.type("email", email)
				.click(By.cssSelector("#invite button[type=submit]"))
				.waitForPath("/coop/comptabilite/classes");
			String shown = mandataire.driver().findElement(By.id("initial-password")).getText();
			String password = shown.substring(shown.indexOf("provisoire : ") + 13).lines().findFirst().orElseThrow();

			teacher.open("/connexion").type("identifiant", email).type("motDePasse", password);
			teacher.clickButton("Se connecter").waitForPath("/mot-de-passe");
			teacher.type("newPassword", "Cahier-du-CE2-2026")
				.type("confirmation", "Cahier-du-CE2-2026")
				.clickButton("Enregistrer le mot de passe")
				.waitForPath("/classe");
			assertThat(teacher.heading()).isEqualTo("Cahier de compta. classe CE2");
			expense(teacher, "Cahiers", "12,50");
			expense(teacher, "Colle et ciseaux", "7,30");
			assertThat(teacher.text()).contains("À valider par le mandataire").contains("-19,80 €");

			mandataire.open("/coop/comptabilite/classes").click(By.linkText("CE2"));
			mandataire.clickButton("Accepter");
			assertThat(mandataire.driver().findElement(By.id("voucher-notice")).getText()).startsWith("Pièce n° D01");
			mandataire.clickButton("Accepter");
			assertThat(mandataire.driver().findElement(By.id("voucher-notice")).getText()).startsWith("Pièce n° D02");
			mandataire.open("/coop/comptabilite");
			assertThat(mandataire.text()).contains("CE2 : Cahiers").contains("CE2 : Colle et ciseaux");

			teacher.open("/classe");
			assertThat(teacher.text()).contains("Reportée : pièce n° D01").contains("Reportée : pièce n° D02");
		}
	}

	private static void expense(Browser teacher, String label, String amount) {
		teacher.type("label", label).type("amount", amount);
		new Select(teacher.driver().findElement(By.id("account"))).selectByValue("6068");
		teacher.clickButton("Enregistrer la ligne").waitForPath("/classe");
		assertThat(teacher.driver().findElement(By.id("notice")).getText()).startsWith("Ligne enregistrée");
	}

}
