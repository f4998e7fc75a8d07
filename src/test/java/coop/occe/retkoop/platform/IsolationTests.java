package coop.occe.retkoop.platform;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.chart.ChartAdministration;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBooks;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.MandataryChanges;
import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.Scans;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * One cooperative never sees another's data; AD staff only their AD's. The URLs are
 * discovered from the application's request mappings, so every page added later is
 * checked here without a new test. A new kind of path variable makes this test fail until
 * a victim value is given for it in {@link #victimValues}.
 */
class IsolationTests extends WebTestSupport {

	/** URLs anyone may open; nothing in them belongs to a cooperative. */
	private static final List<String> PUBLIC_PREFIXES = List.of("/connexion", "/mot-de-passe-oublie", "/error",
			"/quitus/", "/deconnexion", "/mot-de-passe");

	/**
	 * Path variables that name no one's data: with only these, a URL shows the signed-in
	 * user's own data, which must simply not contain the victim's.
	 */
	private static final Set<String> OWN_SCOPE = Set.of("annee", "number");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private TestAssociation victimAssociation;

	private TestCooperative victim;

	private TestAssociation otherAssociation;

	private TestCooperative sameAssociationNeighbour;

	private TestCooperative otherAssociationCooperative;

	private Map<String, String> victimValues;

	@Autowired
	private Adhesions adhesions;

	@Autowired
	private MandataryChanges mandataryChanges;

	@Autowired
	private Ledger ledger;

	@Autowired
	ChartAdministration chartAdministration;

	@Autowired
	private ClassBooks classBooks;

	@Autowired
	private coop.occe.retkoop.directory.internal.ImportJobs importJobs;

	@BeforeEach
	void setUp() throws Exception {
		this.victimAssociation = this.data.association("OCCE Victime Zéphyrine");
		this.victim = this.data.readyCooperative(this.victimAssociation, "Coopérative Victime Zéphyrin");
		this.sameAssociationNeighbour = this.data.readyCooperative(this.victimAssociation, "Coopérative Voisine");
		this.otherAssociation = this.data.association("OCCE Autre");
		this.otherAssociationCooperative = this.data.readyCooperative(this.otherAssociation, "Coopérative Lointaine");
		this.victimValues = new HashMap<>();
		this.victimValues.put("associationId", String.valueOf(this.victimAssociation.id()));
		this.victimValues.put("cooperativeId", String.valueOf(this.victim.id()));
		this.victimValues.put("accountId",
				String.valueOf(this.jdbc.sql("SELECT id FROM identity_account WHERE login = ?")
					.param(this.victimAssociation.staffEmail())
					.query(Long.class)
					.single()));
		giveTheVictimSomethingOfEveryKind();
	}

	/**
	 * The victim's own data of every kind that has an id in a URL, made the way its
	 * mandataire makes it; the ids go into {@link #victimValues}.
	 */
	private void giveTheVictimSomethingOfEveryKind() throws Exception {
		Cookie victim = loginCooperative(this.victim);
		// Membership: a class of this year's adhésion, a request to change the
		// mandataire.
		SchoolYear year = this.adhesions.currentYear();
		LocalDate today = this.adhesions.today();
		this.adhesions.saveTariffs(new Tariffs(this.victimAssociation.id(), year, year.firstDay(), today.plusDays(30),
				Money.of("2.05"), Money.of("2.05"), Money.of("0.25"), Money.of("0.25"), Money.euros(2000),
				new BigDecimal("0.00688"), Money.euros(15000), new BigDecimal("0.00688"), Money.ZERO, false,
				Money.of("0.40"), true, true, false));
		as(victim,
				post("/coop/adhesion/classes").param("name", "CM2 Zéphyrin")
					.param("teachers", "ZÉPHYRIN")
					.param("email", "z@example.org")
					.param("teacherCount", "1")
					.param("pupilCount", "20"));
		this.victimValues.put("classId", String.valueOf(this.jdbc.sql("""
				SELECT c.id FROM membership_class c JOIN membership_adhesion a ON a.id = c.adhesion_id
				WHERE a.cooperative_id = ?""").param(this.victim.id()).query(Long.class).single()));
		as(victim,
				multipart("/coop/changement-mandataire")
					.file(new MockMultipartFile("fichier", "demande.pdf", "application/pdf", Scans.pdf("demande")))
					.param("name", "Marie ZÉPHYRIN")
					.param("email", "marie@example.org")
					.param("signatories", "Marie ZÉPHYRIN"));
		this.victimValues.put("requestId",
				String.valueOf(this.mandataryChanges.ofCooperative(this.victim.id()).get(0).id()));

		// Ledger: an entry, a régie, a deposit slip, a project, a durable good, an
		// account of the AD's chart.
		String date = year.firstDay().plusDays(9).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		as(victim,
				post("/coop/comptabilite/ouverture").param("openingBank", "1000")
					.param("openingCash", "200")
					.param("voucherStyle", "SINGLE"));
		String entry = as(victim,
				post("/coop/comptabilite/operations").param("operation", "EXPENSE")
					.param("date", date)
					.param("label", "Ordinateur Zéphyrin")
					.param("amount", "400")
					.param("means", "TRANSFER")
					.param("parts[0].account", "68"));
		this.victimValues.put("entryId", lastSegment(entry));
		String receipt = as(victim,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", date)
					.param("label", "Photos Zéphyrin")
					.param("amount", "10")
					.param("means", "CHEQUE")
					.param("chequeNumber", "77")
					.param("parts[0].account", "707"));
		this.victimValues.put("advanceId",
				lastSegment(as(victim,
						post("/coop/comptabilite/regies").param("holder", "Mme Zéphyrin")
							.param("date", date)
							.param("amount", "50")
							.param("means", "CASH"))));
		this.victimValues.put("slipId", lastSegment(as(victim,
				post("/coop/comptabilite/remises").param("date", date).param("cheques", lastSegment(receipt)))));
		as(victim, post("/coop/comptabilite/projets").param("name", "Théâtre Zéphyrin"));
		this.victimValues.put("projectId",
				String.valueOf(this.jdbc.sql("SELECT MAX(id) FROM ledger_project WHERE name = ?")
					.param("Théâtre Zéphyrin")
					.query(Long.class)
					.single()));
		as(victim, post("/coop/comptabilite/pointage").param("date", date).param("balance", "1 000"));
		this.victimValues.put("statementId",
				String.valueOf(this.jdbc.sql("SELECT MAX(id) FROM ledger_bank_statement").query(Long.class).single()));
		as(victim,
				post("/coop/comptabilite/inventaire").param("description", "Tablette Zéphyrin")
					.param("acquiredOn", date)
					.param("value", "150"));
		this.victimValues.put("goodId",
				String.valueOf(this.jdbc.sql("SELECT MAX(id) FROM ledger_durable_good WHERE description = ?")
					.param("Tablette Zéphyrin")
					.query(Long.class)
					.single()));
		assertThat(this.chartAdministration.addAccount(this.victimAssociation.id(), this.ledger.currentYear(), "60991",
				"Compte Zéphyrin", AccountKind.CHARGE))
			.isEmpty();
		this.victimValues.put("code", "60991");

		// A class cash book with a teacher's line waiting for the mandataire.
		as(victim,
				post("/coop/comptabilite/classes").param("className", "CM2 Zéphyrin")
					.param("teacherName", "Mme Zéphyrin")
					.param("email", "zephyrin.classe" + this.victim.id() + "@example.org"));
		ClassBook book = this.classBooks.books(this.victim.id()).get(0);
		FiscalYear fiscalYear = this.ledger.fiscalYear(this.victim.id(), year).orElseThrow();
		assertThat(this.classBooks
			.record(fiscalYear, book,
					new EntryDraft(Operation.EXPENSE, year.firstDay().plusDays(9), "Cahiers Zéphyrin",
							PaymentMeans.CASH, "", Money.euros(5), List.of(new Split("6068", Money.euros(5))), null)))
			.isEmpty();
		this.victimValues.put("classBookId", String.valueOf(book.id()));
		this.victimValues.put("lineId", String.valueOf(this.classBooks.lines(fiscalYear, book).get(0).id()));
		// Year end: the year's name and a version number identify nothing by themselves
		// (each mandataire reaches only their own books); a question of the victim AD's
		// activity report does.
		this.victimValues.put("annee", year.startYear() + "-" + (year.startYear() + 1));
		this.victimValues.put("number", "1");
		Cookie victimStaff = loginStaff(this.victimAssociation);
		this.mvc
			.perform(get("/ad/" + this.victimAssociation.id() + "/cra/" + this.victimValues.get("annee"))
				.cookie(victimStaff))
			.andReturn();
		this.victimValues.put("questionId",
				String.valueOf(this.jdbc.sql("SELECT MIN(id) FROM reporting_cra_question WHERE association_id = ?")
					.param(this.victimAssociation.id())
					.query(Long.class)
					.single()));
		as(victim,
				post("/coop/fin-d-annee/" + this.victimValues.get("annee") + "/quitus/verificateurs")
					.param("name", "Mme Vérificatrice Zéphyrine")
					.param("email", "verif.zephyrine" + this.victim.id() + "@example.org")
					.param("quality", "PARENT"));
		this.victimValues.put("verifierId",
				String.valueOf(this.jdbc.sql("SELECT MIN(id) FROM reporting_verifier WHERE cooperative_id = ?")
					.param(this.victim.id())
					.query(Long.class)
					.single()));
		// Directory: an import of cooperatives.
		this.victimValues.put("jobId",
				String.valueOf(
						this.importJobs
							.submit(this.victimAssociation.id(), "victime.csv",
									"nom;commune;courriel_ecole\nÉcole Zéphyrine;CAHORS;z@example.org\n"
										.getBytes(StandardCharsets.UTF_8))
							.jobId()));
	}

	private String as(Cookie session, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.cookie(session).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("victim data: %s", response.getContentAsString()).isNotNull();
		return response.getRedirectedUrl();
	}

	private static String lastSegment(String url) {
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Test
	void staffOfAnotherAssociationAreRefusedEveryAssociationUrl() throws Exception {
		Cookie staff = loginStaff(this.otherAssociation);
		int checked = 0;
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.variables().contains("associationId")) {
				expectRefused(endpoint, fill(endpoint, this.victimValues), staff);
				checked++;
			}
		}
		assertThat(checked).as("association-scoped endpoints found").isGreaterThan(5);
	}

	@Test
	void staffCannotReachAnotherAssociationsCooperativeThroughTheirOwnAssociation() throws Exception {
		Cookie staff = loginStaff(this.otherAssociation);
		Map<String, String> values = new HashMap<>(this.victimValues);
		values.put("associationId", String.valueOf(this.otherAssociation.id()));
		int checked = 0;
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.variables().contains("associationId") && endpoint.variables()
				.stream()
				.anyMatch((variable) -> !variable.equals("associationId") && !OWN_SCOPE.contains(variable))) {
				expectRefused(endpoint, fill(endpoint, values), staff);
				checked++;
			}
		}
		assertThat(checked).as("endpoints with an association and another id").isGreaterThan(3);
	}

	@Test
	void mandatairesOfOtherCooperativesAreRefusedEveryScopedUrlAndSeeNoneOfItsData() throws Exception {
		for (TestCooperative intruder : List.of(this.sameAssociationNeighbour, this.otherAssociationCooperative)) {
			Cookie session = loginCooperative(intruder);
			// With books of its own, so that each ledger URL looks the id up instead of
			// sending
			// the intruder to the opening page.
			as(session,
					post("/coop/comptabilite/ouverture").param("openingBank", "0")
						.param("openingCash", "0")
						.param("voucherStyle", "SINGLE"));
			for (Endpoint endpoint : endpoints()) {
				if (!OWN_SCOPE.containsAll(endpoint.variables())) {
					expectRefused(endpoint, fill(endpoint, this.victimValues), session);
				}
				else if (endpoint.method() == RequestMethod.GET) {
					String url = fill(endpoint, this.victimValues);
					MockHttpServletResponse response = perform(endpoint, url, session);
					String body = response.getContentAsString();
					assertThat(body).as("%s as %s", endpoint.pattern(), intruder.login())
						.doesNotContain(this.victim.name());
					if (intruder.associationId() != this.victimAssociation.id()) {
						assertThat(body).as("%s as %s", endpoint.pattern(), intruder.login())
							.doesNotContain(this.victimAssociation.name());
					}
				}
			}
		}
	}

	@Test
	void aClassTeacherOfAnotherCooperativeIsRefusedEveryScopedUrlAndSeesNoneOfItsData() throws Exception {
		Cookie mandatary = loginCooperative(this.sameAssociationNeighbour);
		as(mandatary,
				post("/coop/comptabilite/ouverture").param("openingBank", "0")
					.param("openingCash", "0")
					.param("voucherStyle", "SINGLE"));
		MvcResult invited = this.mvc
			.perform(post("/coop/comptabilite/classes").cookie(mandatary)
				.with(csrf())
				.param("className", "CP")
				.param("teacherName", "M. Voisin")
				.param("email", "voisin.classe" + this.victim.id() + "@example.org"))
			.andReturn();
		InitialPassword password = (InitialPassword) invited.getFlashMap().get("initialPassword");
		Cookie teacher = login(password.login(), password.value());
		as(teacher, post("/mot-de-passe").param("newPassword", "Classe-voisine-2026")
			.param("confirmation", "Classe-voisine-2026"));
		for (Endpoint endpoint : endpoints()) {
			if (!endpoint.variables().isEmpty()) {
				expectRefused(endpoint, fill(endpoint, this.victimValues), teacher);
			}
			else if (endpoint.method() == RequestMethod.GET) {
				assertThat(perform(endpoint, endpoint.pattern(), teacher).getContentAsString()).as(endpoint.pattern())
					.doesNotContain(this.victim.name())
					.doesNotContain("CM2 Zéphyrin")
					.doesNotContain("Cahiers Zéphyrin");
			}
		}
	}

	@Test
	void theVictimItselfCanOpenItsPages() throws Exception {
		Cookie session = loginCooperative(this.victim);
		MockHttpServletResponse home = perform(new Endpoint("/sommaire", RequestMethod.GET, Set.of()), "/sommaire",
				session);
		assertThat(home.getContentAsString()).contains(this.victim.name());
		Cookie staff = loginStaff(this.victimAssociation);
		String url = "/ad/" + this.victimAssociation.id() + "/cooperatives/" + this.victim.id();
		assertThat(perform(new Endpoint(url, RequestMethod.GET, Set.of()), url, staff).getContentAsString())
			.contains(this.victim.name());
	}

	private void expectRefused(Endpoint endpoint, String url, Cookie session) throws Exception {
		MockHttpServletResponse response = perform(endpoint, url, session);
		assertThat(response.getStatus()).as("%s %s", endpoint.method(), url).isIn(403, 404);
		assertThat(response.getContentAsString()).as("%s %s", endpoint.method(), url)
			.doesNotContain(this.victim.name())
			.doesNotContain(this.victimAssociation.name())
			.doesNotContain("Zéphyrin");
	}

	private MockHttpServletResponse perform(Endpoint endpoint, String url, Cookie session) throws Exception {
		MockHttpServletRequestBuilder builder = request(endpoint.method().asHttpMethod(), url).cookie(session);
		if (endpoint.method() != RequestMethod.GET) {
			builder = builder.with(csrf());
		}
		return this.mvc.perform(builder).andReturn().getResponse();
	}

	private String fill(Endpoint endpoint, Map<String, String> values) {
		Matcher matcher = VARIABLE.matcher(endpoint.pattern());
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				fail("No victim value for path variable {" + matcher.group(1) + "} of " + endpoint.pattern()
						+ ": add one in IsolationTests.setUp");
			}
			matcher.appendReplacement(url, value);
		}
		matcher.appendTail(url);
		return url.toString();
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (PUBLIC_PREFIXES.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				Set<String> variables = new java.util.HashSet<>();
				Matcher matcher = VARIABLE.matcher(pattern);
				while (matcher.find()) {
					variables.add(matcher.group(1));
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(pattern, method, variables));
				}
			}
		}
		assertThat(endpoints).as("discovered endpoints").isNotEmpty();
		return endpoints;
	}

	record Endpoint(String pattern, RequestMethod method, Set<String> variables) {

	}

}
