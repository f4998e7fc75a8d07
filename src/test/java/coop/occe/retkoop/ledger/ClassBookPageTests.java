package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class ClassBookPageTests extends WebTestSupport {

	static final String TEACHER_PASSWORD = "Cahier-de-classe-2026";

	TestAssociation association;

	TestCooperative coop;

	Cookie mandatary;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Classes");
		this.coop = this.data.readyCooperative(this.association, "Coopérative des Classes");
		this.mandatary = loginCooperative(this.coop);
		as(this.mandatary,
				post("/coop/comptabilite/ouverture").param("openingBank", "1000")
					.param("openingCash", "200")
					.param("voucherStyle", "SERIES"));
	}

	@Test
	void theMandataryInvitesATeacherWhoLogsInByEmailAndSeesOnlyTheClassBook() throws Exception {
		Document form = page(this.mandatary, get("/coop/comptabilite/classes").param("classe", "CE2"));
		assertThat(form.select("#className").val()).isEqualTo("CE2");
		Cookie teacher = inviteAndLogin("CE2", "Mme Martin", "Martin.CE2@" + domain());
		MvcResult home = this.mvc.perform(get("/").cookie(teacher)).andReturn();
		assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/classe");
		Document book = page(teacher, get("/classe"));
		assertThat(book.select("h1").text()).isEqualTo("Cahier de compta. classe CE2");
		for (String url : new String[] { "/coop/comptabilite", "/coop/comptabilite/classes", "/sommaire",
				"/ad/" + this.association.id(), "/federation" }) {
			assertThat(this.mvc.perform(get(url).cookie(teacher)).andReturn().getResponse().getStatus()).as(url)
				.isEqualTo(403);
		}
		assertThat(this.mvc.perform(get("/classe").cookie(this.mandatary)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		Document list = page(this.mandatary, get("/coop/comptabilite/classes"));
		assertThat(list.select("#class-books").text()).contains("CE2")
			.contains("Mme Martin")
			.contains("martin.ce2@" + domain());
	}

	@Test
	void theAdResettingTheCooperativesPasswordLeavesItsClassTeachersAlone() throws Exception {
		String email = "lacroix.ce2@" + domain();
		inviteAndLogin("CE2", "Mme Lacroix", email);
		Cookie staff = loginStaff(this.association);
		this.mvc
			.perform(
					post("/ad/" + this.association.id() + "/cooperatives/" + this.coop.id() + "/password").cookie(staff)
						.with(csrf()))
			.andReturn();
		Cookie teacher = login(email, TEACHER_PASSWORD);
		assertThat(this.mvc.perform(get("/classe").cookie(teacher)).andReturn().getResponse().getStatus())
			.as("the teacher still signs in with their own password, nothing to change")
			.isEqualTo(200);
	}

	@Test
	void anInvitationWithoutClassOrWithABadOrTakenEmailIsRefusedNextToTheFields() throws Exception {
		Document refused = page(this.mandatary,
				post("/coop/comptabilite/classes").param("className", "")
					.param("teacherName", "")
					.param("email", "pas-un-courriel"));
		assertThat(refused.select("#className-erreur").text()).isEqualTo("Indiquez la classe.");
		assertThat(refused.select("#teacherName-erreur").text()).isEqualTo("Indiquez le nom de l’enseignant(e).");
		assertThat(refused.select("#email-erreur").text()).startsWith("Indiquez une adresse de courriel valide");
		inviteAndLogin("CM1", "M. Durand", "durand@" + domain());
		Document taken = page(this.mandatary,
				post("/coop/comptabilite/classes").param("className", "CM1")
					.param("teacherName", "M. Autre")
					.param("email", "durand@" + domain()));
		assertThat(taken.select("#className-erreur").text()).isEqualTo("La classe « CM1 » a déjà son cahier.");
		assertThat(taken.select("#email-erreur").text()).isEqualTo("Un compte existe déjà avec ce courriel.");
	}

	@Test
	void theTeachersBadLinesAreRefusedNextToTheFieldsAndNothingIsSaved() throws Exception {
		Cookie teacher = inviteAndLogin("CE2", "Mme Martin", "martin@" + domain());
		Document refused = page(teacher,
				post("/classe").param("operation", "EXPENSE")
					.param("date", "01/10/2020")
					.param("label", "")
					.param("amount", "0")
					.param("account", "")
					.param("means", "CASH"));
		assertThat(refused.select("#date-erreur").text()).startsWith("Cette date n’est pas dans l’année scolaire");
		assertThat(refused.select("#amount-erreur").text()).isEqualTo("Le montant doit être supérieur à zéro.");
		assertThat(refused.select("#label-erreur").text()).isNotEmpty();
		assertThat(refused.select("#account-erreur").text()).isEqualTo("Choisissez au moins un compte.");
		Document noCheque = page(teacher,
				post("/classe").param("operation", "EXPENSE")
					.param("date", "05/10/2026")
					.param("label", "Cahiers")
					.param("amount", "12,50")
					.param("account", "6068")
					.param("means", "CHEQUE"));
		assertThat(noCheque.select("#chequeNumber-erreur").text()).isNotEmpty();
		// An account the list does not offer is not a typing mistake but a forged form.
		MvcResult unknown = as(teacher,
				post("/classe").param("operation", "EXPENSE")
					.param("date", "05/10/2026")
					.param("label", "Cahiers")
					.param("amount", "12,50")
					.param("account", "9999")
					.param("means", "CASH"));
		assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
		assertThat(lines()).isZero();
	}

	@Test
	void acceptedLinesGoIntoTheCooperativesBooksOnceWithTheirVoucherNumber() throws Exception {
		Cookie teacher = inviteAndLogin("CE2", "Mme Martin", "martin@" + domain());
		addLine(teacher, "RECEIPT", "Vente de gâteaux", "40", "707", "key-1");
		addLine(teacher, "EXPENSE", "Cahiers", "12,50", "6068", "key-2");
		addLine(teacher, "EXPENSE", "Cahiers", "12,50", "6068", "key-2");
		Document book = page(teacher, get("/classe"));
		assertThat(book.select("#class-lines tbody tr")).hasSize(2);
		assertThat(book.select("#class-lines tbody tr").get(1).select(".rk-balance").text()).isEqualTo("27,50 €");
		assertThat(entries()).isZero();

		long bookId = this.jdbc.sql("SELECT id FROM ledger_class_book WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
		String url = "/coop/comptabilite/classes/" + bookId;
		Document review = page(this.mandatary, get(url));
		assertThat(review.select("#class-lines tbody tr")).hasSize(2);
		String acceptUrl = review.select("#class-lines tbody tr").get(1).select("form").first().attr("action");
		MvcResult accepted = as(this.mandatary, post(acceptUrl));
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(accepted.getFlashMap().get("voucher")).isEqualTo("D01");
		MvcResult again = as(this.mandatary, post(acceptUrl));
		assertThat(again.getFlashMap().get("voucherNotice")).isEqualTo("ledger.replayed");
		assertThat(entries()).isEqualTo(1);

		Document cashBook = page(this.mandatary, get("/coop/comptabilite"));
		assertThat(cashBook.select("table.rk-book tbody tr")).hasSize(1);
		assertThat(cashBook.select("table.rk-book tbody tr").text()).contains("D01").contains("CE2 : Cahiers");
		Document situation = page(this.mandatary, get("/coop/comptabilite/situation").param("date", "31/10/2026"));
		assertThat(situation.select("#cash").text()).isEqualTo("187,50 €");
		assertThat(page(teacher, get("/classe")).select("#class-lines tbody tr").get(1).text())
			.contains("Reportée : pièce n° D01");

		String refuseUrl = review.select("#class-lines tbody tr").get(0).select("form").get(1).attr("action");
		Document noReason = page(this.mandatary, post(refuseUrl).param("reason", " "));
		assertThat(noReason.select("#problems").text()).isEqualTo("Indiquez le motif du refus.");
		as(this.mandatary, post(refuseUrl).param("reason", "Pas de justificatif"));
		assertThat(page(teacher, get("/classe")).select("#class-lines tbody tr").get(0).text())
			.contains("Refusée : Pas de justificatif");
		Document afterRefusal = page(this.mandatary,
				post(acceptUrl.replace(
						acceptUrl.substring(acceptUrl.indexOf("/lignes/") + 8, acceptUrl.lastIndexOf('/')),
						refuseUrl.substring(refuseUrl.indexOf("/lignes/") + 8, refuseUrl.lastIndexOf('/')))));
		assertThat(afterRefusal.select("#problems").text()).contains("a été refusée");
		assertThat(entries()).isEqualTo(1);
	}

	@Test
	void anEntryPostedWithTheKeyOfAClassLineDoesNotBlockItsAcceptance() throws Exception {
		Cookie teacher = inviteAndLogin("CE1", "Mme Bleu", "bleu@" + domain());
		addLine(teacher, "EXPENSE", "Crayons", "8", "6068", "l-1");
		long bookId = this.jdbc.sql("SELECT id FROM ledger_class_book WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
		long lineId = this.jdbc.sql("SELECT id FROM ledger_class_line WHERE class_book_id = ?")
			.param(bookId)
			.query(Long.class)
			.single();
		MvcResult forged = as(this.mandatary,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", "04/10/2026")
					.param("label", "Dons")
					.param("amount", "5")
					.param("means", "CASH")
					.param("parts[0].account", "7541")
					.param("key", "classe-ligne-" + lineId));
		assertThat(forged.getResponse().getRedirectedUrl()).startsWith("/coop/comptabilite/operations/");
		assertThat(entries()).isEqualTo(1);

		MvcResult accepted = as(this.mandatary,
				post("/coop/comptabilite/classes/" + bookId + "/lignes/" + lineId + "/accepter"));
		assertThat(accepted.getFlashMap().get("voucher")).isEqualTo("D01");
		assertThat(accepted.getFlashMap().get("voucherNotice")).isNotEqualTo("ledger.replayed");
		assertThat(entries()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT state FROM ledger_class_line WHERE id = ?")
			.param(lineId)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");
	}

	@Test
	void aKeyTooLongOrOfAnotherShapeIsRefusedInFrenchAndSavesNothing() throws Exception {
		for (String key : new String[] { "k".repeat(65), "interne:classe-ligne-1", "clé avec espaces" }) {
			// The key is a hidden field no page sends in this shape: refused like any
			// forged field (TamperingTests), with the French 400 page.
			MvcResult refused = as(this.mandatary,
					post("/coop/comptabilite/operations").param("operation", "RECEIPT")
						.param("date", "04/10/2026")
						.param("label", "Dons")
						.param("amount", "5")
						.param("means", "CASH")
						.param("parts[0].account", "7541")
						.param("key", key));
			assertThat(refused.getResponse().getStatus()).as(key).isEqualTo(400);
			assertThat(refused.getResponse().getContentAsString()).as(key).contains("Rien n’a été enregistré");
		}
		assertThat(entries()).isZero();
		Cookie teacher = inviteAndLogin("CE2", "Mme Martin", "martin@" + domain());
		for (String key : new String[] { "k".repeat(200), "interne:classe-ligne-1", "clé avec espaces" }) {
			// The teacher's form refuses a forged key the same way as the cash book's.
			MvcResult refused = as(teacher,
					post("/classe").param("operation", "EXPENSE")
						.param("date", "05/10/2026")
						.param("label", "Cahiers")
						.param("amount", "3")
						.param("account", "6068")
						.param("means", "CASH")
						.param("key", key));
			assertThat(refused.getResponse().getStatus()).as(key).isEqualTo(400);
			assertThat(refused.getResponse().getContentAsString()).as(key).contains("Rien n’a été enregistré");
		}
		assertThat(lines()).isZero();
	}

	@Test
	void anotherCooperativeOrAnotherClassSeesNothingOfTheClassBook() throws Exception {
		Cookie teacher = inviteAndLogin("CE2", "Mme Martin", "martin@" + domain());
		addLine(teacher, "EXPENSE", "Secret de la classe", "5", "6068", "k");
		long bookId = this.jdbc.sql("SELECT id FROM ledger_class_book WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
		long lineId = this.jdbc.sql("SELECT id FROM ledger_class_line WHERE class_book_id = ?")
			.param(bookId)
			.query(Long.class)
			.single();
		Cookie otherClass = inviteAndLogin("CM2", "M. Voisin", "voisin@" + domain());
		assertThat(page(otherClass, get("/classe")).text()).doesNotContain("Secret de la classe");

		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie otherSession = loginCooperative(other);
		as(otherSession,
				post("/coop/comptabilite/ouverture").param("openingBank", "0")
					.param("openingCash", "0")
					.param("voucherStyle", "SINGLE"));
		String url = "/coop/comptabilite/classes/" + bookId;
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get(url),
				post(url + "/lignes/" + lineId + "/accepter"),
				post(url + "/lignes/" + lineId + "/refuser").param("reason", "x") }) {
			assertThat(as(otherSession, request).getResponse().getStatus()).isEqualTo(404);
		}
		assertThat(page(otherSession, get("/coop/comptabilite/classes")).text()).doesNotContain("CE2");
		assertThat(entries()).isZero();
	}

	private Cookie inviteAndLogin(String className, String teacherName, String email) throws Exception {
		MvcResult invited = as(this.mandatary,
				post("/coop/comptabilite/classes").param("className", className)
					.param("teacherName", teacherName)
					.param("email", email));
		assertThat(invited.getResponse().getRedirectedUrl()).as("invited").isEqualTo("/coop/comptabilite/classes");
		coop.occe.retkoop.identity.InitialPassword password = (coop.occe.retkoop.identity.InitialPassword) invited
			.getFlashMap()
			.get("initialPassword");
		assertThat(password.login()).isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
		Cookie session = login(email, password.value());
		assertThat(this.mvc.perform(get("/classe").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/mot-de-passe");
		as(session,
				post("/mot-de-passe").param("newPassword", TEACHER_PASSWORD).param("confirmation", TEACHER_PASSWORD));
		return session;
	}

	private void addLine(Cookie teacher, String operation, String label, String amount, String account, String key)
			throws Exception {
		MvcResult added = as(teacher,
				post("/classe").param("operation", operation)
					.param("date", "05/10/2026")
					.param("label", label)
					.param("amount", amount)
					.param("account", account)
					.param("means", "CASH")
					.param("key", key));
		assertThat(added.getResponse().getRedirectedUrl()).as("line added").isEqualTo("/classe");
	}

	/** E-mails are logins, unique across the tests that share the database. */
	private String domain() {
		return "coop" + this.coop.id() + ".example.org";
	}

	private long entries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

	private long lines() {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM ledger_class_line l JOIN ledger_class_book b ON b.id = l.class_book_id
				WHERE b.cooperative_id = ?""").param(this.coop.id()).query(Long.class).single();
	}

	private MvcResult as(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
	}

	private Document page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = as(session, request);
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

}
