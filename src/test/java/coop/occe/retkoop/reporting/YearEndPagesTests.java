package coop.occe.retkoop.reporting;

import java.time.LocalDate;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The AD's year-end settings (deadline, blocking or warning per check), the mandataire's
 * verifications page and the year end on the sommaire, with the days left on the fixed
 * clock (28/11/2026).
 */
@TestPropertySource(properties = "retkoop.demo.enabled=true")
class YearEndPagesTests extends WebTestSupport {

	private static final String SETTINGS = "/ad/%d/fin-d-annee/2026-2027/reglages";

	@Autowired
	Ledger ledger;

	@Autowired
	YearEndChecks checks;

	@Autowired
	Deadlines deadlines;

	TestData.TestAssociation association;

	TestData.TestCooperative coop;

	@BeforeEach
	void freshCooperative() {
		this.association = this.data.association("OCCE des Réglages");
		this.coop = this.data.readyCooperative(this.association, "Coopérative Réglée");
	}

	@Test
	void theAdChoosesWhichChecksBlockAndTheDeadline() throws Exception {
		FiscalYear year = open(this.ledger.currentYear());
		assertThat(outcome(year, "cashCounted").blocks()).isTrue();
		assertThat(outcome(year, "bankReconciled").blocks()).isTrue();
		Cookie staff = loginStaff(this.association);
		String url = SETTINGS.formatted(this.association.id());

		Document form = page(staff, get(url));
		assertThat(form.select("#deadline").val()).isEqualTo("30/09/2027");
		assertThat(form.select("#check-cashCounted th").text()).isEqualTo("Caisse comptée au 31 août");
		assertThat(form.select("#check-cashCounted-block").hasAttr("checked")).isTrue();
		assertThat(form.select("#check-durablesListed-warn").hasAttr("checked")).isTrue();
		assertThat(form.select("#year-end-checks tbody tr")).hasSizeGreaterThanOrEqualTo(6);

		MvcResult saved = perform(staff,
				choices(post(url), "WARN", "bankReconciled", "durablesListed").param("deadline", "15/10/2027"));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(outcome(year, "cashCounted").blocking()).isFalse();
		assertThat(outcome(year, "bankReconciled").blocks()).isTrue();
		assertThat(outcome(year, "durablesListed").blocking()).isTrue();
		assertThat(this.deadlines.of(this.association.id(), year.schoolYear())).isEqualTo(LocalDate.of(2027, 10, 15));
		form = page(staff, get(url));
		assertThat(form.select("#deadline").val()).isEqualTo("15/10/2027");
		assertThat(form.select("#check-cashCounted-warn").hasAttr("checked")).isTrue();

		perform(staff, choices(post(url), "WARN").param("deadline", "01/10/2027"));
		assertThat(YearEndChecks.allowSending(this.checks.run(year))).as("nothing blocks any more").isTrue();
	}

	@Test
	void aDeadlineThatCannotBeReadOrOutOfTheNextYearIsSaidNextToItsFieldAndNothingIsSaved() throws Exception {
		Cookie staff = loginStaff(this.association);
		String url = SETTINGS.formatted(this.association.id());
		Document unread = page(staff, choices(post(url), "WARN").param("deadline", "31/02/2027"));
		assertThat(unread.select("#deadline").val()).isEqualTo("31/02/2027");
		assertThat(unread.select("#deadline-erreur").text()).contains("ne se lit pas");
		assertThat(unread.select("#check-cashCounted-warn").hasAttr("checked")).as("typed choices kept").isTrue();

		Document early = page(staff, choices(post(url), "BLOCK").param("deadline", "15/08/2027"));
		assertThat(early.select("#deadline-erreur").text())
			.isEqualTo("La date limite doit tomber entre le 01/09/2027 et le 31/08/2028.");
		SchoolYear year = this.ledger.currentYear();
		assertThat(this.deadlines.of(this.association.id(), year)).isEqualTo(LocalDate.of(2027, 9, 30));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM reporting_check_setting WHERE association_id = ?")
			.param(this.association.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyTheOfferedChoicesAreAccepted() throws Exception {
		Cookie staff = loginStaff(this.association);
		String url = SETTINGS.formatted(this.association.id());
		MockHttpServletRequestBuilder maybe = post(url).param("deadline", "30/09/2027");
		this.checks.names()
			.forEach((name) -> maybe.param("check-" + name, name.equals("cashCounted") ? "MAYBE" : "BLOCK"));
		assertThat(status(staff, maybe)).isEqualTo(400);
		assertThat(status(staff,
				choices(post(url), "BLOCK").param("check-cashCounted", "WARN").param("deadline", "30/09/2027")))
			.as("two choices for one check")
			.isEqualTo(400);
		assertThat(status(staff,
				choices(post(url), "BLOCK").param("check-noSuchCheck", "BLOCK").param("deadline", "30/09/2027")))
			.isEqualTo(400);
		assertThat(status(staff, post(url).param("deadline", "30/09/2027"))).as("a choice missing").isEqualTo(400);
		assertThat(status(staff, get("/ad/%d/fin-d-annee/2026-2028/reglages".formatted(this.association.id()))))
			.isEqualTo(404);
	}

	@Test
	void anotherAdNeitherReadsNorChangesTheSettings() throws Exception {
		var other = this.data.association("OCCE d'à côté");
		Cookie intruder = loginStaff(other);
		String url = SETTINGS.formatted(this.association.id());
		assertThat(status(intruder, get(url))).isEqualTo(403);
		assertThat(status(intruder, choices(post(url), "WARN").param("deadline", "15/10/2027"))).isEqualTo(403);
		assertThat(this.deadlines.of(this.association.id(), this.ledger.currentYear()))
			.isEqualTo(LocalDate.of(2027, 9, 30));
		Cookie mandataire = loginCooperative(this.coop);
		assertThat(status(mandataire, get(url))).isEqualTo(403);
	}

	@Test
	void theMandataireSeesEveryCheckWhatRemainsAndTheDaysLeft() throws Exception {
		open(this.ledger.currentYear());
		Cookie session = loginCooperative(this.coop);
		Document page = page(session, get("/coop/fin-d-annee/2026-2027/verifications"));
		assertThat(page.select("h1").text()).isEqualTo("Fin d’année 2026-2027 : vérifications");
		assertThat(page.select("#year-end-deadline").text())
			.isEqualTo("Date limite d’envoi : 30/09/2027 (il reste 306 jours).");
		assertThat(page.select("#check-advancesClosed .badge").text()).isEqualTo("Fait");
		assertThat(page.select("#check-cashCounted .badge").text()).isEqualTo("À faire");
		assertThat(page.select("#check-cashCounted li").text()).startsWith("Aucun arrêté de caisse");
		assertThat(page.select("#check-cashCounted a").attr("href")).isEqualTo("/coop/comptabilite/caisse");
		assertThat(page.select("#check-bankReconciled a").attr("href")).isEqualTo("/coop/comptabilite/pointage");
		assertThat(page.select("#year-end-summary").text())
			.matches("Reste à faire : \\d+ vérifications bloquantes, aucun avertissement\\.");

		assertThat(status(session, get("/coop/fin-d-annee/2025-2026/verifications"))).as("no books then")
			.isEqualTo(404);
		assertThat(status(session, get("/coop/fin-d-annee/l-an-dernier/verifications"))).isEqualTo(404);
		assertThat(status(loginStaff(this.association), get("/coop/fin-d-annee/2026-2027/verifications")))
			.isEqualTo(403);
	}

	@Test
	void theSommaireShowsTheYearToCloseWithWhatRemainsAndTheDaysLeft() throws Exception {
		Cookie session = loginCooperative(this.coop);
		assertThat(page(session, get("/sommaire")).select("#year-end")).as("no books yet").isEmpty();

		open(this.ledger.currentYear());
		Document home = page(session, get("/sommaire"));
		assertThat(home.select("#year-end h2").text()).isEqualTo("Fin d’année 2026-2027");
		assertThat(home.select("#year-end").text()).containsPattern("Reste à faire : \\d+ vérifications bloquantes")
			.contains("Date limite d’envoi : 30/09/2027 (il reste 306 jours).");
		assertThat(home.select("#year-end a").attr("href")).isEqualTo("/coop/fin-d-annee/2026-2027/verifications");
	}

	@Test
	void theSommaireShowsThePreviousYearWhileItsBooksAreOpenLateOrNot() throws Exception {
		var late = this.data.readyCooperative(this.association, "Coopérative en retard");
		this.ledger
			.openYear(late.id(), this.ledger.currentYear().previous(), Money.of("500"), Money.ZERO, VoucherStyle.SINGLE)
			.orElseThrow();
		Cookie session = loginCooperative(late);
		Document home = page(session, get("/sommaire"));
		assertThat(home.select("#year-end h2").text()).isEqualTo("Fin d’année 2025-2026");
		assertThat(home.select("#year-end").text())
			.contains("Date limite d’envoi : 30/09/2026 (en retard de 59 jours).");
		assertThat(home.select("#year-end a").attr("href")).isEqualTo("/coop/fin-d-annee/2025-2026/verifications");

		Cookie staff = loginStaff(this.association);
		perform(staff, choices(post("/ad/%d/fin-d-annee/2025-2026/reglages".formatted(this.association.id())), "WARN")
			.param("deadline", "30/11/2026"));
		assertThat(page(session, get("/sommaire")).select("#year-end").text())
			.contains("Date limite d’envoi : 30/11/2026 (il reste 2 jours).");
	}

	private FiscalYear open(SchoolYear year) {
		return this.ledger.openYear(this.coop.id(), year, Money.of("1000"), Money.of("50"), VoucherStyle.SINGLE)
			.orElseThrow();
	}

	private CheckOutcome outcome(FiscalYear year, String name) {
		return this.checks.run(year).stream().filter((o) -> o.name().equals(name)).findFirst().orElseThrow();
	}

	/** Every check with the same choice, but the ones named, which get the other. */
	private MockHttpServletRequestBuilder choices(MockHttpServletRequestBuilder request, String choice,
			String... others) {
		String other = choice.equals("WARN") ? "BLOCK" : "WARN";
		for (String name : this.checks.names()) {
			request.param("check-" + name, java.util.List.of(others).contains(name) ? other : choice);
		}
		return request;
	}

	private MvcResult perform(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
	}

	private int status(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return perform(session, request).getResponse().getStatus();
	}

	private Document page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(session, request);
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

}
