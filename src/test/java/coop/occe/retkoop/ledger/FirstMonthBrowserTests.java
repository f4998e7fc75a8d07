package coop.occe.retkoop.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.support.Browser;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestCooperative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first month of a cooperative's books in a real (headless) browser: families'
 * participation received in cash, cash deposited at the bank, a purchase by cheque with
 * the suggested number, a 150 € régie to the CE2 teacher who records two expenses in the
 * class cash book, accepted by the mandataire, who then closes the régie. The balances
 * shown must equal the ones computed by hand below. Fails (never skips) where Chromium
 * and its driver are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstMonthBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium is not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=fr-FR",
				"--window-size=1400,1200");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aFirstMonthOfBooksGivesTheBalancesComputedByHand() {
		TestData data = new TestData(this.associations, this.cooperatives, this.accounts, this.jdbc, this.encoder);
		TestCooperative coop = data.readyCooperative(data.association("OCCE Navigateur"),
				"Coopérative Scolaire de l’École Jules Ferry");

		open("/connexion");
		type("identifiant", coop.login());
		type("motDePasse", TestData.COOP_PASSWORD);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		this.browser.findElement(By.linkText("Cahier de comptabilité")).click();

		// 1 September: 1 000,00 € in the bank, nothing in the cash box, R/D series.
		type("openingBank", "1 000,00");
		type("openingCash", "0");
		submit();
		// The opening page has an h1 too: wait for the book's, not the page being left.
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(By.cssSelector("h1"))
				.getText()
				.equals("Cahier de comptabilité 2026 - 2027"));
		assertThat(text("h1")).isEqualTo("Cahier de comptabilité 2026 - 2027");

		this.browser.findElement(By.linkText("Chéquiers")).click();
		type("firstNumber", "1201");
		type("lastNumber", "1250");
		submit();
		assertThat(text("#suggestion")).isEqualTo("Prochain chèque à utiliser : n° 1201");
		backToBook();

		operation("Recette", "02/09/2026", "Participation volontaire des familles", "240,00", "CASH", "7562");
		assertThat(text("#voucher-notice")).isEqualTo("Pièce n° R01 : notez ce numéro sur le justificatif.");

		backToBook();
		this.browser.findElement(By.linkText("Dépôt d’espèces à la banque")).click();
		type("date", "05/09/2026");
		type("label", "Dépôt des participations");
		type("amount", "200,00");
		submit();
		assertThat(text("#voucher-notice")).startsWith("Pièce n° D01");

		backToBook();
		this.browser.findElement(By.linkText("Dépense")).click();
		assertThat(this.browser.findElement(By.id("chequeNumber")).getAttribute("value")).as("suggested cheque")
			.isEqualTo("1201");
		type("date", "10/09/2026");
		type("label", "Livres de bibliothèque");
		type("amount", "85,40");
		new Select(this.browser.findElement(By.id("means"))).selectByValue("CHEQUE");
		new Select(this.browser.findElement(By.id("parts0.account"))).selectByValue("6068");
		submit();
		assertThat(text("#voucher-notice")).startsWith("Pièce n° D02");

		// The CE2 teacher keeps the class's cash book with a personal login.
		open("/coop/comptabilite/classes?classe=CE2");
		type("teacherName", "Mme Martin");
		type("email", "ce2." + coop.id() + "@example.org");
		submit("#invite");
		String shown = text("#initial-password");
		String password = shown.substring(shown.indexOf("provisoire : ") + 13).lines().findFirst().orElseThrow();

		// A 150 € régie to the CE2 teacher, by cheque n° 1202.
		backToBook();
		this.browser.findElement(By.linkText("Régies d’avance")).click();
		new Select(this.browser.findElement(By.id("classBookId"))).selectByVisibleText("CE2 — Mme Martin");
		type("date", "15/09/2026");
		type("amount", "150,00");
		new Select(this.browser.findElement(By.id("means"))).selectByValue("CHEQUE");
		type("chequeNumber", "1202");
		submit();
		assertThat(text("#voucher-notice")).startsWith("Pièce n° D03");
		assertThat(text("h1")).isEqualTo("Régie de Mme Martin");

		// The teacher records two expenses paid with the régie in the class cash book.
		try (Browser teacher = new Browser("http://localhost:" + this.port)) {
			teacher.open("/connexion").type("identifiant", "ce2." + coop.id() + "@example.org");
			teacher.type("motDePasse", password).clickButton("Se connecter").waitForPath("/mot-de-passe");
			teacher.type("newPassword", "Cahier-du-CE2-2026")
				.type("confirmation", "Cahier-du-CE2-2026")
				.clickButton("Enregistrer le mot de passe")
				.waitForPath("/classe");
			assertThat(teacher.driver().findElement(By.id("class-advance-left")).getText()).isEqualTo("150,00 €");
			classExpense(teacher, "20/09/2026", "Peinture et pinceaux", "42,30", "6068");
			classExpense(teacher, "25/09/2026", "Entrée au musée", "60,00", "6251");
			assertThat(teacher.driver().findElement(By.id("class-advance-left")).getText()).isEqualTo("47,70 €");

			// The mandataire accepts both lines against the régie, then closes it: the
			// 47,70 € left come back in cash.
			open("/coop/comptabilite/classes");
			this.browser.findElement(By.linkText("CE2")).click();
			clickButton("Accepter");
			assertThat(text("#voucher-notice")).startsWith("Pièce n° D04");
			clickButton("Accepter");
			assertThat(text("#voucher-notice")).startsWith("Pièce n° D05");
			this.browser.findElement(By.linkText("Voir la régie")).click();
			assertThat(amount("#advance-spent")).isEqualTo("102,30 €");
			assertThat(amount("#advance-remaining")).isEqualTo("47,70 €");
			type("date", "30/09/2026");
			new Select(this.browser.findElement(By.id("means"))).selectByValue("CASH");
			submit();
			assertThat(text("#voucher-notice")).startsWith("Pièce n° D06");
			assertThat(text("#advance-closed")).isEqualTo("Régie soldée le 30/09/2026.");

			teacher.open("/classe");
			assertThat(teacher.text()).contains("Reportée : pièce n° D04")
				.contains("Reportée : pièce n° D05")
				.contains("Reste de la régie rendu à la coopérative");
			var classRows = teacher.driver().findElements(By.cssSelector("#class-lines tbody tr"));
			assertThat(classRows.get(classRows.size() - 1).findElement(By.className("rk-balance")).getText())
				.isEqualTo("0,00 €");
		}

		// By hand: bank 1 000 + 200 − 85,40 − 150 = 964,60; cash 240 − 200 + (150 − 42,30
		// − 60) = 87,70; charges 85,40 + 42,30 + 60 = 187,70; products 240; result 52,30
		// = 964,60 + 87,70 − 1 000.
		open("/coop/comptabilite/situation?date=30/09/2026");
		assertThat(amount("#bank")).isEqualTo("964,60 €");
		assertThat(amount("#cash")).isEqualTo("87,70 €");
		assertThat(amount("#holdings")).isEqualTo("1 052,30 €");
		assertThat(amount("#result")).isEqualTo("52,30 €");
		assertThat(amount("#charges tr:last-child td")).isEqualTo("187,70 €");
		assertThat(amount("#products tr:last-child td")).isEqualTo("240,00 €");

		open("/coop/comptabilite");
		var rows = this.browser.findElements(By.cssSelector("table.rk-book tbody tr"));
		assertThat(rows).hasSize(7);
		WebElement last = rows.get(6);
		assertThat(last.findElements(By.tagName("td")).get(9).getText().replace('\u202F', ' ')).isEqualTo("964,60");
		assertThat(last.findElements(By.tagName("td")).get(10).getText()).isEqualTo("87,70");
	}

	private void operation(String link, String date, String label, String amount, String means, String account) {
		this.browser.findElement(By.linkText(link)).click();
		type("date", date);
		type("label", label);
		type("amount", amount);
		new Select(this.browser.findElement(By.id("means"))).selectByValue(means);
		new Select(this.browser.findElement(By.id("parts0.account"))).selectByValue(account);
		submit();
	}

	private static void classExpense(Browser teacher, String date, String label, String amount, String account) {
		assertThat(
				new Select(teacher.driver().findElement(By.id("means"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ADVANCE");
		teacher.type("date", date).type("label", label).type("amount", amount);
		new Select(teacher.driver().findElement(By.id("account"))).selectByValue(account);
		teacher.clickButton("Enregistrer la ligne").waitForPath("/classe");
		assertThat(teacher.driver().findElement(By.id("notice")).getText()).startsWith("Ligne enregistrée");
	}

	private void clickButton(String label) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		settled().until((driver) -> {
			driver.findElement(By.xpath("//main//button[normalize-space()='" + label + "']")).sendKeys(Keys.ENTER);
			return true;
		});
		settled().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	private void backToBook() {
		open("/coop/comptabilite");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String value) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private void submit() {
		submit("main");
	}

	private void submit(String within) {
		// The keyboard, as a user would: a click may land on an element the layout
		// overlaps. The page may still be settling, so the button is looked up again
		// until
		// the key reaches it; then the next page, not the one being left, is awaited.
		WebElement page = this.browser.findElement(By.tagName("html"));
		settled().until((driver) -> {
			driver.findElement(By.cssSelector(
					within + " form[method=post] button[type=submit], " + within + "[method=post] button[type=submit]"))
				.sendKeys(Keys.ENTER);
			return true;
		});
		settled().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	private String text(String css) {
		return settled().until((driver) -> driver.findElement(By.cssSelector(css)).getText());
	}

	private org.openqa.selenium.support.ui.FluentWait<WebDriver> settled() {
		return new org.openqa.selenium.support.ui.FluentWait<WebDriver>(this.browser)
			.withTimeout(java.time.Duration.ofSeconds(10))
			.pollingEvery(java.time.Duration.ofMillis(100))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.ignoring(org.openqa.selenium.WebDriverException.class);
	}

	private String amount(String css) {
		return text(css).replace('\u00A0', ' ').replace('\u202F', ' ');
	}

}
