package coop.occe.retkoop.reporting;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.YearEndCheck;
import coop.occe.retkoop.reporting.quitus.Discharge;
import coop.occe.retkoop.reporting.quitus.DischargeRecord;
import coop.occe.retkoop.reporting.quitus.VerifierAnswer;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.Scans;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The quitus on line: the mandataire names the vérificateurs, each receives a personal
 * link by mail (a real SMTP server, GreenMail) to a read-only view of the year where they
 * give or refuse quitus; the year-end check follows.
 */
class DischargeTests extends WebTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/quitus/[A-Za-z0-9_-]+)");

	private static final String QUITUS = "/coop/fin-d-annee/2026-2027/quitus";

	@Autowired
	Ledger ledger;

	@Autowired
	Discharge discharge;

	@Autowired
	@Qualifier("dischargeGiven")
	YearEndCheck check;

	private TestAssociation association;

	private TestCooperative coop;

	private Cookie session;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE du Quitus");
		this.coop = this.data.readyCooperative(this.association, "Coopérative Vérifiée");
		this.session = openYear(this.coop, "Vente de gâteaux");
	}

	@Test
	void twoVerifiersGiveQuitusThroughTheMailedLinksAndTheCheckPasses() throws Exception {
		assertThat(this.check.name()).isEqualTo("dischargeGiven");
		assertThat(this.check.order()).isEqualTo(80);
		assertThat(this.check.fixPath()).isEqualTo("/coop/fin-d-annee/{annee}/quitus");
		name(this.session, "Jeanne Martin", "jeanne@example.org", "PARENT");
		name(this.session, "Paul Durand", "paul@example.org", "TEACHER");
		assertThat(this.check.remaining(year(this.coop)))
			.containsExactly(Problem.of("quitus", "reporting.quitus.check.tooFew", 0));

		Map<String, String> links = invite(this.session, 2);
		Document view = page(get(links.get("jeanne@example.org")), 200);
		assertThat(view.text()).contains("Coopérative Vérifiée")
			.contains("Bonjour Jeanne Martin")
			.contains("Vente de gâteaux")
			.contains("Le bilan est équilibré");
		assertThat(view.select("#give").text()).isEqualTo("Je donne quitus");

		for (String link : links.values()) {
			Document thanks = page(post(link).param("answer", "GIVEN"), 200);
			assertThat(thanks.select("#thanks").text()).contains("Votre quitus des comptes 2026 - 2027");
		}
		assertThat(this.check.remaining(year(this.coop))).isEmpty();

		// A second click never records twice; the link now says it has served.
		Document again = page(post(links.get("paul@example.org")).param("answer", "REFUSED").param("comment", "Non"),
				410);
		assertThat(again.text()).contains("Réponse déjà enregistrée").contains("Vous avez donné quitus le 28/11/2026");
		assertThat(page(get(links.get("paul@example.org")), 410).text()).contains("Ce lien a déjà servi");
		DischargeRecord record = this.discharge.record(year(this.coop));
		assertThat(record.verifiers()).extracting(DischargeRecord.Entry::answer)
			.containsExactly(VerifierAnswer.GIVEN, VerifierAnswer.GIVEN);
		assertThat(record.verifiers().get(0).answeredOn()).hasToString("2026-11-28");
		assertThat(auditCount("REPORTING_DISCHARGE_GIVEN")).isEqualTo(2);

		Document mandataire = page(get(QUITUS).cookie(this.session), 200);
		assertThat(mandataire.select("#verifiers").text()).contains("Quitus donné le 28/11/2026");
	}

	@Test
	void theOutboxNeverShowsTheLinks() throws Exception {
		name(this.session, "Jeanne Martin", "jeanne@example.org", "PARENT");
		name(this.session, "Paul Durand", "paul@example.org", "OTHER");
		invite(this.session, 2);
		Document outbox = html(this.mvc
			.perform(get("/ad/" + this.association.id() + "/courriels").cookie(loginStaff(this.association)))
			.andReturn());
		assertThat(outbox.text()).contains("Quitus des comptes 2026 - 2027 de la coopérative Coopérative Vérifiée")
			.doesNotContain("/quitus/")
			.contains("[masqué]");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications_mail WHERE body LIKE '%/quitus/%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theMandataireCannotBeAVerifierAndAnEmailServesOnce() throws Exception {
		String number = this.coop.login().substring(4);
		Document own = refusedName("Marie Curie", "COOP" + number + "@example.org", "OTHER");
		assertThat(own.select("#email-erreur").text()).contains("Le mandataire de la coopérative ne peut pas");
		assertThat(own.select("#email").val()).isEqualTo("COOP" + number + "@example.org");
		assertThat(own.select("#name").val()).isEqualTo("Marie Curie");
		Document byName = refusedName("  mandataire   " + number, "autre@example.org", "TEACHER");
		assertThat(byName.select("#name-erreur").text()).contains("Le mandataire de la coopérative ne peut pas");

		name(this.session, "Jeanne Martin", "jeanne@example.org", "PARENT");
		Document twice = refusedName("Jeanne Bis", " Jeanne@Example.org ", "OTHER");
		assertThat(twice.select("#email-erreur").text()).contains("déjà celui d’un vérificateur");
		Document empty = refusedName("", "pas-un-courriel", "");
		assertThat(empty.select("#name-erreur").text()).contains("Indiquez le nom");
		assertThat(empty.select("#email-erreur").text()).contains("n’est pas valable");
		assertThat(empty.select("#quality-erreur").text()).contains("Choisissez la qualité");
		assertThat(perform(post(QUITUS + "/verificateurs").param("name", "X")
			.param("email", "x@example.org")
			.param("quality", "TREASURER")).getResponse().getStatus()).isEqualTo(400);
		assertThat(this.discharge.verifiers(year(this.coop))).hasSize(1);

		// Sending needs two vérificateurs.
		Document tooFew = page(post(QUITUS + "/invitations").cookie(this.session), 200);
		assertThat(tooFew.select("#quitus-problems").text()).contains("au moins deux vérificateurs");
		assertThat(smtp.waitForIncomingEmail(300, 1)).isFalse();
	}

	@Test
	void expiredUnknownAndReplacedLinksShowAClearPage() throws Exception {
		name(this.session, "Jeanne Martin", "jeanne@example.org", "PARENT");
		name(this.session, "Paul Durand", "paul@example.org", "TEACHER");
		Map<String, String> links = invite(this.session, 2);
		// Sending twice mails nobody twice.
		redirected(post(QUITUS + "/invitations").cookie(this.session));
		assertThat(smtp.waitForIncomingEmail(300, 3)).isFalse();

		this.jdbc.sql("UPDATE reporting_verifier SET expires_at = ? WHERE id = ?")
			.params(OffsetDateTime.parse("2026-11-01T00:00:00+01:00"), verifierId("jeanne@example.org"))
			.update();
		String jeanne = links.get("jeanne@example.org");
		assertThat(page(get(jeanne), 410).text()).contains("Ce lien a expiré");
		assertThat(page(post(jeanne).param("answer", "GIVEN"), 410).text()).contains("Lien expiré");
		assertThat(page(get("/quitus/inconnu-ABC"), 404).text()).contains("Lien inconnu");
		assertThat(page(get("/quitus/" + "x".repeat(5000)), 404).text()).contains("Lien inconnu");

		long paul = verifierId("paul@example.org");
		page(post(QUITUS + "/verificateurs/" + paul + "/renvoyer").cookie(this.session), 302, true);
		assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
		String newLink = null;
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (!links.containsValue(linkOf(mail))) {
				assertThat(mail.getAllRecipients()[0]).hasToString("paul@example.org");
				newLink = linkOf(mail);
			}
		}
		assertThat(newLink).isNotEqualTo(links.get("paul@example.org"));
		assertThat(page(get(links.get("paul@example.org")), 404).text()).contains("Lien inconnu");
		page(get(newLink), 200);
		assertThat(this.discharge.record(year(this.coop)).verifiers()).allMatch((entry) -> entry.answer() == null);
	}

	@Test
	void aRefusalNeedsACommentAndNamesWhoRefused() throws Exception {
		name(this.session, "Jeanne Martin", "jeanne@example.org", "PARENT");
		name(this.session, "Paul Durand", "paul@example.org", "TEACHER");
		Map<String, String> links = invite(this.session, 2);
		String paul = links.get("paul@example.org");
		Document noComment = page(post(paul).param("answer", "REFUSED").param("comment", "  "), 200);
		assertThat(noComment.select("#comment-erreur").text()).contains("Dites pourquoi vous refusez");
		assertThat(perform(post(paul).param("answer", "MAYBE")).getResponse().getStatus()).isEqualTo(400);
		page(post(paul).param("answer", "REFUSED").param("comment", "Factures manquantes"), 200);
		page(post(links.get("jeanne@example.org")).param("answer", "GIVEN"), 200);
		assertThat(this.check.remaining(year(this.coop))).containsExactly(
				Problem.of("quitus", "reporting.quitus.check.refused", "Paul Durand"),
				Problem.of("quitus", "reporting.quitus.check.tooFew", 1));
		// An answered vérificateur stays.
		Document kept = page(
				post(QUITUS + "/verificateurs/" + verifierId("paul@example.org") + "/supprimer").cookie(this.session),
				200);
		assertThat(kept.select("#quitus-problems").text()).contains("Paul Durand a déjà répondu");
		assertThat(kept.select("#verifiers").text()).contains("Factures manquantes");
	}

	@Test
	void aLinkShowsOnlyItsOwnCooperativesYear() throws Exception {
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie otherSession = openYear(other, "Tombola secrète");
		name(this.session, "Jeanne Martin", "jeanne@example.org", "PARENT");
		name(this.session, "Paul Durand", "paul@example.org", "TEACHER");
		Map<String, String> links = invite(this.session, 2);
		Document view = page(get(links.get("jeanne@example.org") + "?page=2147483647"), 200);
		assertThat(view.text()).doesNotContain("Tombola secrète").doesNotContain("Coopérative Voisine");
		assertThat(page(get(links.get("jeanne@example.org")), 200).text()).contains("Vente de gâteaux");

		// The other mandataire can neither see, re-send nor remove this cooperative's
		// vérificateurs.
		long jeanne = verifierId("jeanne@example.org");
		Document otherPage = page(get(QUITUS).cookie(otherSession), 200);
		assertThat(otherPage.text()).doesNotContain("Jeanne Martin");
		for (String action : new String[] { "renvoyer", "supprimer" }) {
			MvcResult refused = this.mvc
				.perform(post(QUITUS + "/verificateurs/" + jeanne + "/" + action).cookie(otherSession).with(csrf()))
				.andReturn();
			assertThat(refused.getResponse().getStatus()).isEqualTo(404);
		}
		assertThat(this.discharge.verifiers(year(this.coop))).hasSize(2);
		assertThat(smtp.waitForIncomingEmail(300, 3)).isFalse();
	}

	@Test
	void theAdRequiresAParentAndAcceptsAPaperQuitus() throws Exception {
		Cookie staff = loginStaff(this.association);
		String rules = "/ad/" + this.association.id() + "/quitus/2026-2027";
		assertThat(this.mvc.perform(post(rules).param("parentRequired", "oui").cookie(staff).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		this.mvc.perform(post(rules).param("parentRequired", "true").cookie(staff).with(csrf())).andReturn();
		assertThat(html(this.mvc.perform(get(rules).cookie(staff)).andReturn()).select("#parentRequired")
			.hasAttr("checked")).isTrue();

		Cookie otherStaff = loginStaff(this.data.association("OCCE Voisine"));
		assertThat(this.mvc.perform(get(rules).cookie(otherStaff)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.mvc.perform(post(rules).param("paperAccepted", "true").cookie(otherStaff).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.discharge.rules(this.association.id(), new SchoolYear(2026)).paperAccepted()).isFalse();

		name(this.session, "Paul Durand", "paul@example.org", "TEACHER");
		name(this.session, "Léa Petit", "lea@example.org", "OTHER");
		Document noParent = page(post(QUITUS + "/invitations").cookie(this.session), 200);
		assertThat(noParent.select("#quitus-problems").text()).contains("un parent d’élève");

		// No paper quitus unless the AD accepts one.
		Document notAccepted = page(upload(Scans.pdf("quitus")), 200);
		assertThat(notAccepted.select("#quitus-problems").text()).contains("n’accepte pas le quitus papier");
		assertThat(this.discharge.paper(year(this.coop))).isEmpty();

		this.mvc.perform(
				post(rules).param("parentRequired", "true").param("paperAccepted", "true").cookie(staff).with(csrf()))
			.andReturn();
		Document wrong = page(upload("pas un scan".getBytes()), 200);
		assertThat(wrong.select("#fichier-erreur").text()).contains("PDF, JPEG ou PNG");
		page(upload(Scans.pdf("quitus")), 302, true);
		assertThat(this.check.remaining(year(this.coop))).isEmpty();
		MvcResult file = perform(get(QUITUS + "/papier"));
		assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void afterSendingTheListIsFrozenAndLinksStop() throws Exception {
		name(this.session, "Jeanne Martin", "jeanne@example.org", "PARENT");
		name(this.session, "Paul Durand", "paul@example.org", "TEACHER");
		Map<String, String> links = invite(this.session, 2);
		this.discharge.freeze(year(this.coop));
		Document frozen = page(post(QUITUS + "/verificateurs").cookie(this.session)
			.param("name", "Léa Petit")
			.param("email", "lea@example.org")
			.param("quality", "OTHER"), 200);
		assertThat(frozen.select("#quitus-frozen").text()).contains("ne peut plus changer");
		assertThat(frozen.select("#verifier-form")).isEmpty();
		assertThat(page(get(links.get("jeanne@example.org")), 410).text()).contains("déjà envoyé");
		assertThat(this.discharge.record(year(this.coop)).frozen()).isTrue();
	}

	private Cookie openYear(TestCooperative cooperative, String label) throws Exception {
		Cookie cookie = loginCooperative(cooperative);
		redirected(post("/coop/comptabilite/ouverture").param("openingBank", "1 000")
			.param("openingCash", "80")
			.param("voucherStyle", "SINGLE")
			.cookie(cookie));
		redirected(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", "15/09/2026")
			.param("label", label)
			.param("amount", "7,35")
			.param("means", "CASH")
			.param("parts[0].account", "707")
			.cookie(cookie));
		return cookie;
	}

	private void redirected(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isNotNull();
	}

	private void name(Cookie cookie, String name, String email, String quality) throws Exception {
		redirected(post(QUITUS + "/verificateurs").param("name", name)
			.param("email", email)
			.param("quality", quality)
			.cookie(cookie));
	}

	private Document refusedName(String name, String email, String quality) throws Exception {
		return page(post(QUITUS + "/verificateurs").cookie(this.session)
			.param("name", name)
			.param("email", email)
			.param("quality", quality), 200);
	}

	/** Sends the invitations and reads the links from the mails, by recipient. */
	private Map<String, String> invite(Cookie cookie, int expected) throws Exception {
		redirected(post(QUITUS + "/invitations").cookie(cookie));
		assertThat(smtp.waitForIncomingEmail(5000, expected)).isTrue();
		Map<String, String> links = new LinkedHashMap<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			links.put(mail.getAllRecipients()[0].toString(), linkOf(mail));
		}
		assertThat(links).hasSize(expected);
		return links;
	}

	private static String linkOf(MimeMessage mail) {
		String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("link in %s", body).isTrue();
		return matcher.group(1);
	}

	private AbstractMockHttpServletRequestBuilder<?> upload(byte[] content) {
		return multipart(QUITUS + "/papier").file(new MockMultipartFile("fichier", "quitus.pdf", null, content))
			.cookie(this.session);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(this.session).with(csrf())).andReturn();
	}

	private Document page(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
		return page(request, status, false);
	}

	private Document page(AbstractMockHttpServletRequestBuilder<?> request, int status, boolean redirect)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

	private FiscalYear year(TestCooperative cooperative) {
		return this.ledger.fiscalYear(cooperative.id(), new SchoolYear(2026)).orElseThrow();
	}

	private long verifierId(String email) {
		return this.jdbc.sql("SELECT id FROM reporting_verifier WHERE email = ? AND cooperative_id = ?")
			.params(email, this.coop.id())
			.query(Long.class)
			.single();
	}

	private long auditCount(String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM platform_audit_event WHERE action = ? AND cooperative_id = ?")
			.params(action, this.coop.id())
			.query(Long.class)
			.single();
	}

}
