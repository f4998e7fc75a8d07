package coop.occe.retkoop.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.ledger.projects.SubsidyProofs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.Browser;
import coop.occe.retkoop.support.Scans;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cooperative's year end in a real (headless) browser. The year 2025-2026 was kept here
 * (set up through the services: cash, a bank expense, a subsidy with its proof, a régie
 * still open) and 2026-2027 is opened after it. The mandataire switches the ledger to
 * 2025-2026, closes the régie, points the statement of 31 August, counts the cash,
 * answers the CRA, names two vérificateurs who give quitus through the links mailed to
 * them (read from GreenMail), and sends the CRF: the year's cash book becomes read-only.
 * The AD returns it with a comment; the mandataire corrects and sends version 2, which
 * the AD validates; the mandataire then asks to unlock, the AD unlocks, a second
 * correction makes version 3. Every version stays readable, and 2026-2027 opens with the
 * closing balances of 2025-2026. Fails (never skips) where Chromium is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class YearEndBrowserTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final Pattern LINK = Pattern.compile("(/quitus/[A-Za-z0-9_-]+)");

	private static final String YEAR = "/coop/fin-d-annee/2025-2026";

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
	Ledger ledger;

	@Autowired
	Advances advances;

	@Autowired
	SubsidyProofs proofs;

	@Test
	void aYearEndFromTheRegieToVersionThreeCarriesItsBalancesIntoTheNextYear() throws Exception {
		TestData data = new TestData(this.associations, this.cooperatives, this.accounts, this.jdbc, this.encoder);
		TestAssociation association = data.association("OCCE de la Fin d’Année");
		TestCooperative coop = data.readyCooperative(association, "Coopérative du Bilan");
		lastYearsBooks(coop);
		String base = "http://localhost:" + this.port;
		try (Browser mandataire = new Browser(base); Browser other = new Browser(base)) {
			try {
				yearEnd(association, coop, mandataire, other);
			}
			catch (RuntimeException | AssertionError ex) {
				// What each browser showed, to understand a failure from the report
				// alone.
				throw new AssertionError("Mandataire at " + mandataire.currentPath() + ":\n" + mandataire.text()
						+ "\n\nOther at " + other.currentPath() + ":\n" + other.text(), ex);
			}
		}
	}

	private void yearEnd(TestAssociation association, TestCooperative coop, Browser mandataire, Browser other)
			throws Exception {
		{
			login(mandataire, coop.login(), TestData.COOP_PASSWORD);

			// The year end's landing goes to the year to close.
			mandataire.open("/coop/fin-d-annee").waitForPath(YEAR);
			assertThat(mandataire.heading()).isEqualTo("Fin d’année 2025 - 2026");
			assertThat(text(mandataire, "#crf-state")).contains("En cours, pas encore envoyé");

			// The ledger pages act on 2025-2026 once chosen.
			chooseYear(mandataire, "2025");

			// The régie: 20 € spent on paper, the 30 € left come back in cash.
			mandataire.open("/coop/comptabilite/regies");
			mandataire.click(By.linkText("Mme Martin"));
			mandataire.type("date", "30/06/2026");
			new Select(mandataire.driver().findElement(By.id("parts0.account"))).selectByValue("6068");
			mandataire.type("parts0.amount", "20,00");
			new Select(mandataire.driver().findElement(By.id("means"))).selectByValue("CASH");
			press(mandataire, "Solder la régie");
			assertThat(text(mandataire, "#advance-closed")).isEqualTo("Régie soldée le 30/06/2026.");

			// The bank statement of 31 August: 1 000 − 85,40 + 300 = 1 214,60.
			mandataire.open("/coop/comptabilite/pointage");
			mandataire.type("date", "31/08/2026").type("balance", "1 214,60");
			press(mandataire, "Ajouter ce relevé");
			for (WebElement box : mandataire.driver().findElements(By.cssSelector("#tickable input[name=pointed]"))) {
				if (!box.isSelected()) {
					((org.openqa.selenium.JavascriptExecutor) mandataire.driver())
						.executeScript("arguments[0].click();", box);
				}
			}
			press(mandataire, "Enregistrer le pointage");
			assertThat(text(mandataire, "#reconciliation-result"))
				.isEqualTo("Rapprochement juste : le relevé et le cahier sont d’accord.");

			// The cash box on 31 August: 100 + 120 − 50 + 30 = 200 €, two notes of 100 €.
			mandataire.open("/coop/comptabilite/caisse");
			mandataire.type("date", "31/08/2026").type("counts2", "2");
			press(mandataire, "Recalculer");
			assertThat(text(mandataire, "#cash-count-result")).contains("Bravo ! La caisse est juste.");
			press(mandataire, "Enregistrer l’arrêté");
			assertThat(mandataire.text()).contains("Bravo ! L’arrêté de caisse est enregistré");

			// The CRA.
			mandataire.open(YEAR + "/cra");
			mandataire.type(fieldOf(mandataire, "conseils de coopérative"), "3");
			mandataire.type(fieldOf(mandataire, "Projets menés"), "Jardin de l’école et correspondance");
			press(mandataire, "Enregistrer le brouillon");
			assertThat(text(mandataire, "#cra-status")).startsWith("Brouillon");
			press(mandataire, "Terminer");
			assertThat(text(mandataire, "#cra-status")).startsWith("Terminé le 28/11/2026");

			// Two vérificateurs, neither a mandataire, invited by mail.
			mandataire.open(YEAR + "/quitus");
			verifier(mandataire, "Jeanne Martin", "jeanne@example.org", "PARENT");
			verifier(mandataire, "Paul Durand", "paul@example.org", "TEACHER");
			press(mandataire, "Envoyer les invitations");
			Map<String, String> links = quitusLinks(2);
			for (Map.Entry<String, String> link : links.entrySet()) {
				other.open(link.getValue());
				assertThat(other.text()).contains("Coopérative du Bilan").contains("Le bilan est équilibré");
				press(other, "Je donne quitus");
				assertThat(other.text()).contains("Votre quitus des comptes 2025 - 2026");
			}
			mandataire.open(YEAR + "/quitus");
			assertThat(text(mandataire, "#verifiers")).contains("Quitus donné le 28/11/2026");

			mandataire.open(YEAR + "/verifications");
			assertThat(text(mandataire, "#year-end-summary")).isEqualTo("Toutes les vérifications sont passées.");

			// Version 1.
			send(mandataire, 1);
			assertThat(text(mandataire, "#crf-sent")).contains("version 1");
			// Once closed, the ledger goes back to 2026-2027; 2025-2026 is read only.
			mandataire.open("/coop/comptabilite");
			assertThat(text(mandataire, "h1")).isEqualTo("Cahier de comptabilité 2026 - 2027");
			chooseYear(mandataire, "2025");
			assertThat(text(mandataire, "#read-only")).contains("est clôturé");
			assertThat(mandataire.driver().findElements(By.linkText("Dépense"))).isEmpty();
			assertThat(mandataire.driver().findElements(By.linkText("Recette"))).isEmpty();

			// The AD returns it with a comment.
			String adCoop = "/ad/" + association.id() + "/fin-d-annee/2025-2026/cooperatives/" + coop.id();
			login(other, association.staffEmail(), TestData.STAFF_PASSWORD);
			other.open("/ad/" + association.id() + "/fin-d-annee/2025-2026");
			assertThat(text(other, "#crf-list")).contains("Coopérative du Bilan");
			other.open(adCoop);
			assertThat(text(other, "#crf-state")).contains("Envoyé à l’AD");
			other.type("return-reason", "Les frais bancaires d’août manquent.");
			press(other, "Renvoyer pour correction");
			assertThat(text(other, "#crf-done")).contains("renvoyé à la coopérative");

			// The mandataire reads the comment, corrects, sends version 2.
			mandataire.open(YEAR);
			assertThat(text(mandataire, "#crf-state")).contains("Renvoyé par l’AD pour correction");
			assertThat(text(mandataire, "#crf-return-comment")).contains("Les frais bancaires d’août manquent.");
			bankFees(mandataire, "12,00");
			send(mandataire, 2);

			other.open(adCoop);
			press(other, "Valider le CRF");
			assertThat(text(other, "#crf-done")).contains("Le CRF est validé");

			// Blocked once validated: the mandataire asks, the AD unlocks.
			mandataire.open(YEAR);
			assertThat(text(mandataire, "#crf-state")).contains("Validé par l’AD");
			assertThat(text(mandataire, "#crf-unlock")).contains("L’accès au CRF est bloqué ?");
			mandataire.type("reason", "Un relevé de frais de tenue de compte est arrivé.");
			press(mandataire, "Demander le déverrouillage à l’AD");
			assertThat(text(mandataire, "#crf-unlock-asked")).contains("transmise à l’AD");
			assertThat(text(mandataire, "#crf-unlock-pending")).contains("Un relevé de frais de tenue de compte");

			other.open(adCoop);
			assertThat(text(other, "#crf-unlock-request")).contains("Un relevé de frais de tenue de compte");
			press(other, "Déverrouiller");
			assertThat(text(other, "#crf-done")).contains("Le CRF est déverrouillé");

			mandataire.open(YEAR);
			assertThat(text(mandataire, "#crf-state")).contains("Déverrouillé par l’AD");
			bankFees(mandataire, "3,50");
			send(mandataire, 3);

			// Every version stays readable, with its own figures: charges 85,40 + 20 +
			// fees.
			assertThat(versionCharges(mandataire, 1)).isEqualTo("105,40 €");
			assertThat(versionCharges(mandataire, 2)).isEqualTo("117,40 €");
			assertThat(versionCharges(mandataire, 3)).isEqualTo("120,90 €");
			other.open(adCoop);
			assertThat(other.driver().findElements(By.cssSelector("#crf-versions li"))).hasSize(3);
			other.click(By.partialLinkText("Version 1,"));
			assertThat(amount(other, "#total-charges")).isEqualTo("105,40 €");

			// 2026-2027 opens with 2025-2026's closing balances: bank 1 214,60 − 12 −
			// 3,50,
			// cash 200.
			chooseYear(mandataire, "2026");
			assertThat(amount(mandataire, "#opening"))
				.isEqualTo("Au 1er septembre : banque 1 199,10 €, caisse 200,00 €.");
			assertThat(mandataire.driver().findElements(By.id("provisional-opening"))).isEmpty();
		}
	}

	/**
	 * 2025-2026 through the services: 1 000 € in the bank and 100 € in the cash box on 1
	 * September; families' participation in cash, books paid by transfer, the town's
	 * subsidy with its notification, a 50 € régie in cash still open; then 2026-2027.
	 */
	private void lastYearsBooks(TestCooperative coop) {
		FiscalYear year = this.ledger
			.openYear(coop.id(), new SchoolYear(2025), Money.of("1000"), Money.of("100"), VoucherStyle.SINGLE)
			.orElseThrow();
		post(year, Operation.RECEIPT, "2025-09-15", "Participation des familles", PaymentMeans.CASH, "120", "7562");
		post(year, Operation.EXPENSE, "2025-10-10", "Livres de bibliothèque", PaymentMeans.TRANSFER, "85.40", "6068");
		long grant = post(year, Operation.RECEIPT, "2025-11-05", "Subvention de la mairie", PaymentMeans.TRANSFER,
				"300", "744");
		assertThat(this.proofs.attach(year, grant, "notification.pdf", Scans.pdf("Notification"))).contains(List.of());
		PostResult regie = this.advances.openAdvance(year, "Mme Martin", new EntryDraft(Operation.ADVANCE_PAYMENT,
				LocalDate.parse("2025-12-01"), "", PaymentMeans.CASH, "", Money.of("50"), List.of(), null));
		assertThat(regie.problems()).isEmpty();
		assertThat(this.ledger.openYear(coop.id(), new SchoolYear(2026), Money.ZERO, Money.ZERO, VoucherStyle.SINGLE)
			.problems()).isEmpty();
	}

	private long post(FiscalYear year, Operation operation, String date, String label, PaymentMeans means,
			String amount, String account) {
		PostResult posted = this.ledger.post(year, new EntryDraft(operation, LocalDate.parse(date), label, means, "",
				Money.of(amount), List.of(new Split(account, Money.of(amount))), null));
		assertThat(posted.problems()).isEmpty();
		return posted.entryId();
	}

	/** Chooses the ledger's working year with the selector of the cash book. */
	private static void chooseYear(Browser mandataire, String startYear) {
		mandataire.open("/coop/comptabilite");
		new Select(mandataire.driver().findElement(By.id("annee"))).selectByValue(startYear);
		press(mandataire, "Changer");
		int start = Integer.parseInt(startYear);
		assertThat(text(mandataire, "h1")).isEqualTo("Cahier de comptabilité " + start + " - " + (start + 1));
	}

	private static void login(Browser browser, String login, String password) {
		browser.open("/connexion").type("identifiant", login).type("motDePasse", password);
		press(browser, "Se connecter");
	}

	/** Bank fees of 31 August, by transfer, in the reopened year. */
	private static void bankFees(Browser mandataire, String amount) {
		mandataire.open("/coop/comptabilite");
		assertThat(text(mandataire, "h1")).isEqualTo("Cahier de comptabilité 2025 - 2026");
		assertThat(mandataire.driver().findElements(By.id("read-only"))).isEmpty();
		mandataire.click(By.linkText("Dépense"));
		mandataire.type("date", "31/08/2026").type("label", "Frais bancaires d’août").type("amount", amount);
		new Select(mandataire.driver().findElement(By.id("means"))).selectByValue("TRANSFER");
		new Select(mandataire.driver().findElement(By.id("parts0.account"))).selectByValue("6068");
		press(mandataire, "Enregistrer l’opération");
		assertThat(text(mandataire, "#voucher-notice")).startsWith("Pièce n°");
	}

	private static void send(Browser mandataire, int version) {
		mandataire.open(YEAR);
		mandataire.click(By.id("send-button"));
		assertThat(mandataire.driver().findElements(By.id("crf-blocked"))).as(mandataire.text()).isEmpty();
		press(mandataire, "Confirmer l’envoi (version " + version + ")");
		assertThat(text(mandataire, "#crf-state")).contains("Envoyé à l’AD").contains("(version " + version + ")");
		assertThat(mandataire.driver().findElements(By.cssSelector("#crf-versions li"))).hasSize(version);
		assertThat(mandataire.driver().findElements(By.id("send-button"))).isEmpty();
	}

	private static String versionCharges(Browser mandataire, int version) {
		mandataire.open(YEAR + "/versions/" + version);
		assertThat(mandataire.heading()).isEqualTo("CRF 2025 - 2026, version " + version);
		return amount(mandataire, "#total-charges");
	}

	private static void verifier(Browser mandataire, String name, String email, String quality) {
		mandataire.type("name", name).type("email", email);
		mandataire.click(By.cssSelector("input[name=quality][value=" + quality + "]"));
		press(mandataire, "Ajouter");
		assertThat(text(mandataire, "#verifiers")).contains(name);
	}

	/** The quitus links mailed, by recipient, as paths of this server. */
	private static Map<String, String> quitusLinks(int expected) throws Exception {
		assertThat(smtp.waitForIncomingEmail(10_000, expected)).isTrue();
		Map<String, String> links = new LinkedHashMap<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
			Matcher matcher = LINK.matcher(body);
			if (matcher.find()) {
				links.put(mail.getAllRecipients()[0].toString(), matcher.group(1));
			}
		}
		assertThat(links).containsOnlyKeys("jeanne@example.org", "paul@example.org");
		return links;
	}

	/** The id of the CRA's field whose label contains the words. */
	private static String fieldOf(Browser browser, String words) {
		return browser.driver()
			.findElement(By.xpath("//label[contains(normalize-space(), '" + words + "')]"))
			.getAttribute("for");
	}

	/**
	 * Presses a button of the page with the keyboard, as a user would, then waits for the
	 * next page (a click may land on an element the layout overlaps).
	 */
	private static void press(Browser browser, String label) {
		WebElement page = browser.driver().findElement(By.tagName("html"));
		settled(browser).until((driver) -> {
			driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")).sendKeys(Keys.ENTER);
			return true;
		});
		settled(browser).until(ExpectedConditions.stalenessOf(page));
	}

	private static String text(Browser browser, String css) {
		return settled(browser).until((driver) -> driver.findElement(By.cssSelector(css)).getText());
	}

	private static String amount(Browser browser, String css) {
		return text(browser, css).replace('\u00A0', ' ').replace('\u202F', ' ');
	}

	private static FluentWait<WebDriver> settled(Browser browser) {
		return new FluentWait<>(browser.driver()).withTimeout(Duration.ofSeconds(10))
			.pollingEvery(Duration.ofMillis(100))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class);
	}

}
