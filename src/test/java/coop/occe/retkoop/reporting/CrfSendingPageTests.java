package coop.occe.retkoop.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.reporting.sending.CrfSendings;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.TestSmtp;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sending the CRF, the AD's answer, unlocking and versions, through the pages. The year's
 * checks are the real runner over one check the test sets failing or passing: the
 * modules' own checks would need a whole year end of data (a statement at 31 August…).
 */
@Import(CrfSendingPageTests.OneCheck.class)
class CrfSendingPageTests extends WebTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final String YEAR = "/coop/fin-d-annee/2026-2027";

	@Autowired
	Ledger ledger;

	@Autowired
	CrfSendings sendings;

	TestAssociation association;

	TestCooperative coop;

	Cookie mandataire;

	Cookie staff;

	@BeforeEach
	void openBooks() throws Exception {
		OneCheck.failing = false;
		this.association = this.data.association("OCCE de l’Envoi");
		this.coop = this.data.readyCooperative(this.association, "Coopérative de l’Envoi");
		this.mandataire = loginCooperative(this.coop);
		this.staff = loginStaff(this.association);
		perform(this.mandataire,
				post("/coop/comptabilite/ouverture").param("openingBank", "1 000")
					.param("openingCash", "80")
					.param("voucherStyle", "SINGLE"));
		receipt("15/09/2026", "Vente de gâteaux", "100");
	}

	@Test
	void aFailingBlockingCheckListsWhatToDoAndSendsNothing() throws Exception {
		OneCheck.failing = true;
		Document confirm = page(this.mandataire, get(YEAR + "/envoi"));
		assertThat(confirm.select("#crf-blocked")).hasSize(1);
		assertThat(confirm.select("#check-testCheck").text()).contains("bloque l’envoi");
		assertThat(confirm.select("#check-testCheck a").attr("href")).isEqualTo("/coop/comptabilite/caisse");
		assertThat(confirm.select("#send-form")).isEmpty();

		Document refused = page(this.mandataire, post(YEAR + "/envoi").param("version", "1"));
		assertThat(refused.select("#crf-problems").text()).contains("une vérification bloque");
		assertThat(versions()).isZero();
		assertThat(year().closed()).isFalse();
		assertThat(page(this.mandataire, get(YEAR)).select("#crf-state").text()).contains("pas encore envoyé");
	}

	@Test
	void sendingClosesTheYearAndASecondClickMakesNoSecondVersion() throws Exception {
		Document confirm = page(this.mandataire, get(YEAR + "/envoi"));
		assertThat(confirm.select("#send-form input[name=version]").val()).isEqualTo("1");
		assertThat(confirm.select("#total-products").text()).isEqualTo("100,00 €");

		MvcResult first = perform(this.mandataire, post(YEAR + "/envoi").param("version", "1"));
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo(YEAR);
		MvcResult second = perform(this.mandataire, post(YEAR + "/envoi").param("version", "1"));
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(second.getFlashMap().get("refusal")).isNotNull();
		assertThat(versions()).isEqualTo(1);
		assertThat(year().closed()).isTrue();

		Document yearPage = page(this.mandataire, get(YEAR));
		assertThat(yearPage.select("#crf-state").text()).contains("Envoyé à l’AD").contains("version 1");
		assertThat(yearPage.select("#crf-versions li")).hasSize(1);
		assertThat(yearPage.select("#send-button")).isEmpty();
		assertThat(yearPage.select("#crf-pages a").eachAttr("href")).containsExactly(YEAR + "/crf",
				YEAR + "/verifications", YEAR + "/cra", YEAR + "/quitus");

		Document refused = page(this.mandataire, receiptRequest("20/09/2026", "Tombola", "50"));
		assertThat(refused.text()).contains("est close : plus aucune opération");
		assertThat(entries()).isEqualTo(1);

		assertThat(awaitMail("ad" + this.association.number() + "@occe.test", "reçu (version 1)").getSubject())
			.contains("CRF 2026 - 2027");
		assertThat(awaitMail(coopMail(), "est envoyé à l’AD (version 1)")).isNotNull();
		assertThat(page(this.mandataire, post(YEAR + "/envoi").param("version", "7"), 400)).isNotNull();
	}

	@Test
	void aCrfWhoseActivityReportWasSavedIsSentAndFreezesIt() throws Exception {
		// The CRA's sheet exists: freezing it in the sending must not try to create it.
		perform(this.mandataire, post(YEAR + "/cra").param("action", "brouillon"));
		MvcResult sent = perform(this.mandataire, post(YEAR + "/envoi").param("version", "1"));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(versions()).isEqualTo(1);
		assertThat(page(this.mandataire, get(YEAR + "/cra")).select("#cra-status").text())
			.startsWith("Envoyé avec le compte rendu financier");
	}

	@Test
	void twoSendingsAtOnceMakeOneVersion() throws Exception {
		FiscalYear year = year();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Result<?>>> clicks = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				clicks.add(pool.submit(() -> {
					start.await();
					return this.sendings.send(year, 1, this.coop.login());
				}));
			}
			start.countDown();
			List<Result<?>> results = new ArrayList<>();
			for (Future<Result<?>> click : clicks) {
				results.add(click.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn(Result::isDone).hasSize(1);
			assertThat(results).filteredOn((result) -> !result.isDone())
				.singleElement()
				.satisfies((result) -> assertThat(result.problems().get(0).code()).isEqualTo("crf.error.alreadySent"));
		}
		finally {
			pool.shutdown();
		}
		assertThat(versions()).isEqualTo(1);
		assertThat(year().closed()).isTrue();
	}

	@Test
	void theLandingPageOpensThePreviousYearUntilItsCrfIsValidated() throws Exception {
		assertThat(perform(this.mandataire, get("/coop/fin-d-annee")).getResponse().getRedirectedUrl()).isEqualTo(YEAR);
		this.ledger.openYear(this.coop.id(), new SchoolYear(2025), Money.euros(500), Money.ZERO, VoucherStyle.SINGLE)
			.orElseThrow();
		String previous = "/coop/fin-d-annee/2025-2026";
		assertThat(perform(this.mandataire, get("/coop/fin-d-annee")).getResponse().getRedirectedUrl())
			.isEqualTo(previous);
		assertThat(perform(this.mandataire, post(previous + "/envoi").param("version", "1")).getResponse()
			.getRedirectedUrl()).isEqualTo(previous);
		perform(this.staff, post(
				"/ad/" + this.association.id() + "/fin-d-annee/2025-2026/cooperatives/" + this.coop.id() + "/valider"));
		assertThat(perform(this.mandataire, get("/coop/fin-d-annee")).getResponse().getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(page(this.mandataire, get(YEAR)).select("#crf-state").text()).contains("pas encore envoyé");
	}

	@Test
	void theAdReturnsWithACommentTheMandataireCorrectsAndSendsVersionTwo() throws Exception {
		send(1);
		String one = adPath();
		Document blank = page(this.staff, post(one + "/renvoyer").param("reason", "  "));
		assertThat(blank.select("#return-reason-error").text())
			.isEqualTo("Dites à la coopérative ce qu’il faut corriger.");
		assertThat(year().closed()).isTrue();

		perform(this.staff, post(one + "/renvoyer").param("reason", "Il manque la tombola de septembre."));
		assertThat(year().closed()).isFalse();
		MimeMessage returned = awaitMail(coopMail(), "vous est renvoyé");
		assertThat(GreenMailUtil.getBody(returned).replace("=\r\n", "")).contains("tombola de septembre");
		Document yearPage = page(this.mandataire, get(YEAR));
		assertThat(yearPage.select("#crf-return-comment").text()).contains("Il manque la tombola de septembre.");

		receipt("20/09/2026", "Tombola", "50");
		send(2);
		assertThat(versions()).isEqualTo(2);
		perform(this.staff, post(one + "/valider"));
		assertThat(page(this.mandataire, get(YEAR)).select("#crf-state").text()).contains("Validé");
		assertThat(text(page(this.mandataire, get(YEAR + "/versions/1")), "#total-products")).isEqualTo("100,00 €");
		assertThat(text(page(this.mandataire, get(YEAR + "/versions/2")), "#total-products")).isEqualTo("150,00 €");
	}

	@Test
	void theMandataireAsksToUnlockTheAdUnlocksAndTheNextSendingIsVersionTwo() throws Exception {
		send(1);
		Document blank = page(this.mandataire, post(YEAR + "/deblocage").param("reason", ""));
		assertThat(blank.select("#reason-error").text()).isEqualTo("Indiquez la raison.");

		perform(this.mandataire, post(YEAR + "/deblocage").param("reason", "J’ai oublié la tombola."));
		assertThat(page(this.mandataire, get(YEAR)).select("#crf-unlock-pending").text()).contains("oublié la tombola");
		Document list = page(this.staff, get("/ad/" + this.association.id() + "/fin-d-annee/2026-2027"));
		assertThat(list.select("#crf-row-" + this.coop.id() + " .crf-unlock").text()).isEqualTo("demandé");
		assertThat(list.select("#crf-row-" + this.coop.id() + " .crf-state").text()).isEqualTo("Envoyé à l’AD");

		perform(this.staff, post(adPath() + "/deverrouiller").param("reason", ""));
		assertThat(year().closed()).isFalse();
		assertThat(page(this.mandataire, get(YEAR)).select("#crf-state").text()).contains("Déverrouillé");
		receipt("20/09/2026", "Tombola", "50");
		send(2);

		Document adVersion1 = page(this.staff, get(adPath() + "/versions/1"));
		assertThat(text(adVersion1, "#total-products")).isEqualTo("100,00 €");
		assertThat(text(page(this.staff, get(adPath())), "#total-products")).isEqualTo("150,00 €");
		assertThat(text(page(this.mandataire, get(YEAR + "/versions/1")), "#holdings")).isEqualTo("1 180,00 €");
		assertThat(text(page(this.mandataire, get(YEAR + "/versions/2")), "#holdings")).isEqualTo("1 230,00 €");
	}

	@Test
	void theAdUnlocksOnItsOwnOnlyWithAReason() throws Exception {
		send(1);
		Document blank = page(this.staff, post(adPath() + "/deverrouiller").param("reason", " "));
		assertThat(blank.select("#unlock-reason-error").text()).isEqualTo("Indiquez la raison.");
		assertThat(year().closed()).isTrue();
		perform(this.staff, post(adPath() + "/deverrouiller").param("reason", "Erreur de banque"));
		assertThat(year().closed()).isFalse();
	}

	@Test
	void anotherCooperativeOrAnotherAdReachesNothing() throws Exception {
		send(1);
		TestAssociation other = this.data.association("OCCE d’Ailleurs");
		TestCooperative neighbour = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie neighbourSession = loginCooperative(neighbour);
		Cookie otherStaff = loginStaff(other);
		// The neighbour has no books: every year page of it is a 404, never this one's.
		assertThat(status(neighbourSession, get(YEAR))).isEqualTo(404);
		assertThat(status(neighbourSession, get(YEAR + "/versions/1"))).isEqualTo(404);
		assertThat(status(neighbourSession, post(YEAR + "/envoi").param("version", "1"))).isEqualTo(404);
		assertThat(status(neighbourSession, post(YEAR + "/deblocage").param("reason", "x"))).isEqualTo(404);
		for (String url : List.of(adPath(), adPath() + "/versions/1")) {
			assertThat(status(otherStaff, get(url))).isEqualTo(403);
			assertThat(status(this.mandataire, get(url))).isEqualTo(403);
		}
		for (String action : List.of("/valider", "/renvoyer", "/deverrouiller")) {
			assertThat(status(otherStaff, post(adPath() + action).param("reason", "x"))).isEqualTo(403);
		}
		String underOther = "/ad/" + other.id() + "/fin-d-annee/2026-2027/cooperatives/" + this.coop.id();
		assertThat(status(otherStaff, get(underOther))).isEqualTo(404);
		assertThat(status(otherStaff, post(underOther + "/deverrouiller").param("reason", "x"))).isEqualTo(404);
		assertThat(status(this.staff, get(YEAR))).isEqualTo(403);
		assertThat(year().closed()).isTrue();
		assertThat(versions()).isEqualTo(1);
	}

	private void send(int version) throws Exception {
		MvcResult result = perform(this.mandataire, post(YEAR + "/envoi").param("version", String.valueOf(version)));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(result.getFlashMap().get("sent")).isEqualTo(version);
	}

	private String adPath() {
		return "/ad/" + this.association.id() + "/fin-d-annee/2026-2027/cooperatives/" + this.coop.id();
	}

	private void receipt(String date, String label, String amount) throws Exception {
		MvcResult result = perform(this.mandataire, receiptRequest(date, label, amount));
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/coop/comptabilite/operations/");
	}

	private MockHttpServletRequestBuilder receiptRequest(String date, String label, String amount) {
		return post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", date)
			.param("label", label)
			.param("amount", amount)
			.param("means", "TRANSFER")
			.param("parts[0].account", "707");
	}

	private FiscalYear year() {
		return this.ledger.fiscalYear(this.coop.id(), this.ledger.currentYear()).orElseThrow();
	}

	private int versions() {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM reporting_crf_version v JOIN reporting_crf c ON c.id = v.crf_id
				WHERE c.cooperative_id = ?""").param(this.coop.id()).query(Integer.class).single();
	}

	private int entries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE fiscal_year_id = ?")
			.param(year().id())
			.query(Integer.class)
			.single();
	}

	private String coopMail() {
		return "coop" + this.coop.login().substring(4) + "@example.org";
	}

	/**
	 * The mail to the recipient whose subject holds the words, once it arrived (sent
	 * after commit).
	 */
	private static MimeMessage awaitMail(String recipient, String subject) throws Exception {
		for (int i = 0; i < 100; i++) {
			for (MimeMessage mail : smtp.getReceivedMessages()) {
				if (mail.getAllRecipients()[0].toString().equals(recipient) && mail.getSubject().contains(subject)) {
					return mail;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail to " + recipient + " about " + subject);
	}

	private MvcResult perform(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
	}

	private int status(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return perform(session, request).getResponse().getStatus();
	}

	private Document page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return page(session, request, 200);
	}

	private Document page(Cookie session, MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = perform(session, request);
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

	private static String text(Document page, String selector) {
		return page.select(selector).text();
	}

	/** The real checks' runner over one check that the test makes fail or pass. */
	@TestConfiguration
	static class OneCheck implements YearEndCheck {

		static volatile boolean failing;

		@Bean
		@Primary
		YearEndChecks testYearEndChecks(YearEndSettings settings) {
			return new YearEndChecks(List.of(this), settings);
		}

		@Override
		public String name() {
			return "testCheck";
		}

		@Override
		public int order() {
			return 0;
		}

		@Override
		public String fixPath() {
			return "/coop/comptabilite/caisse";
		}

		@Override
		public List<Problem> remaining(FiscalYear year) {
			return failing ? List.of(Problem.of(null, "crf.error.reasonRequired")) : List.of();
		}

	}

}
