package coop.occe.retkoop.membership;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed letter's example in a real headless Chromium: a mandataire who has never used
 * Retkoop enters the three classes, chooses December, downloads and uploads the
 * engagement, sends; AD staff validate; the mandataire downloads the attestation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdhesionBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	AssociationRepository associations;

	@Autowired
	CooperativeService cooperatives;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Adhesions adhesions;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		Assertions.assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are needed for the browser test");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,2400");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aMandataryDoesTheSeedsAdhesionAloneAndTheAdValidatesIt() throws Exception {
		TestData data = new TestData(this.associations, this.cooperatives, this.accounts, this.jdbc, this.encoder);
		TestAssociation association = data.association("OCCE du Lot (test)");
		TestCooperative coop = data.readyCooperative(association,
				"Coopérative Scolaire de l'École Publique Jules Ferry");
		SchoolYear year = this.adhesions.currentYear();
		LocalDate today = this.adhesions.today();
		this.adhesions
			.saveTariffs(new Tariffs(association.id(), year, year.firstDay(), today.plusDays(30), Money.of("2.05"),
					Money.of("2.05"), Money.of("0.25"), Money.of("0.25"), Money.euros(2000), new BigDecimal("0.00688"),
					Money.euros(15000), new BigDecimal("0.00688"), Money.ZERO, false, Money.ZERO, true, true, false));

		logIn(coop.login(), TestData.COOP_PASSWORD);
		this.browser.findElement(By.linkText("Adhésion")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.startsWith("Adhésion de la Coopérative Scolaire de l'École Publique Jules Ferry, à ");

		enterClass("CM1-CM2", "JEAN DUPONT", "jdp@gmail.com", "1", "24", "Total : 1 24 25");
		enterClass("CE2", "JEANNE LECLAIR", "jeanne@gmail.com", "1", "18", "Total : 2 42 44");
		enterClass("CE1", "NORBERT DUROC - BENOIT LOUP", "ndr@wanadoo.fr", "2", "15", "Total : 4 57 61");
		String fees = plain(this.browser.findElement(By.cssSelector("table.rk-fees")).getText());
		assertThat(fees).contains("des coopérateurs (61 × 2,05 €) : 125,05 €")
			.contains("des coopérateurs (61 × 0,25 €) : 15,25 €")
			.contains("140,30 €");

		WebElement december = this.browser.findElement(By.cssSelector("button[data-choice=DECEMBER_DEBIT]"));
		assertThat(december.getText()).isEqualTo("non");
		click(december);
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector("button[data-choice=DECEMBER_DEBIT]"), "oui"));
		assertThat(this.browser.findElement(By.cssSelector("button[data-choice=IMMEDIATE_DEBIT]")).getText())
			.isEqualTo("non");

		byte[] engagement = download("/coop/adhesion/engagement.pdf");
		String engagementText = plain(AdhesionWorkflowTests.pdfText(engagement));
		assertThat(engagementText).contains("Coopérative Scolaire de l'École Publique Jules Ferry")
			.contains("140,30 €");

		Path scan = Files.createTempFile("engagement-signe", ".pdf");
		Files.write(scan, engagement);
		this.browser.findElement(By.id("fichier")).sendKeys(scan.toAbsolutePath().toString());
		click(this.browser.findElement(By.cssSelector(".rk-engagement button[type=submit]")));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("engagement-recu")));
		Files.deleteIfExists(scan);

		click(this.browser.findElement(By.cssSelector(".rk-send button")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				"Votre adhésion est envoyée à l’AD."));
		logOut();

		logIn(association.staffEmail(), TestData.STAFF_PASSWORD);
		this.browser.findElement(By.linkText("Adhésions")).click();
		this.browser.findElement(By.linkText("Coopérative Scolaire de l'École Publique Jules Ferry")).click();
		this.browser.findElement(By.cssSelector("form[action$=valider] button")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("etat"), "Validée"));
		logOut();

		logIn(coop.login(), TestData.COOP_PASSWORD);
		this.browser.get(url("/coop/adhesion"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Votre adhésion est validée.");
		String attestation = plain(AdhesionWorkflowTests.pdfText(download("/coop/adhesion/attestation.pdf")));
		assertThat(attestation).contains("Attestation d’adhésion et d’assurance").contains("61 coopérateurs");
	}

	private void enterClass(String name, String teachers, String email, String teacherCount, String pupilCount,
			String expectedTotals) {
		this.browser.findElement(By.id("name")).sendKeys(name);
		this.browser.findElement(By.id("teachers")).sendKeys(teachers);
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("teacherCount")).sendKeys(teacherCount);
		this.browser.findElement(By.id("pupilCount")).sendKeys(pupilCount);
		click(this.browser.findElement(By.id("valider-classe")));
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector("tr.rk-totals"), expectedTotals));
	}

	/** Scrolls the element to the middle of the window first, as a person would. */
	private void click(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private void logIn(String identifiant, String password) {
		this.browser.get(url("/connexion"));
		this.browser.findElement(By.id("identifiant")).sendKeys(identifiant);
		this.browser.findElement(By.id("motDePasse")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
	}

	private void logOut() {
		this.browser.findElement(By.cssSelector("form[action$=deconnexion] button")).click();
		this.wait.until(ExpectedConditions.urlContains("/connexion"));
	}

	/** Downloads with the browser's session, as clicking the link would. */
	private byte[] download(String path) throws Exception {
		Cookie session = this.browser.manage().getCookieNamed("RETKOOP_SESSION");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Cookie", "RETKOOP_SESSION=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String plain(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
	}

}
