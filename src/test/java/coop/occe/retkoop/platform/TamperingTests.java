package coop.occe.retkoop.platform;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TableContents;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form accepts only the values its page offers. Each form is posted with a valid
 * base (proved valid by posting it last, which must save something) and with each hidden
 * field or choice changed to a value its page does not offer or to an id of another
 * cooperative's object: each must be refused (a 4xx, the form again with an error, or a
 * redirect carrying the error) and save nothing: the rows of every business table are the
 * same before and after.
 */
class TamperingTests extends WebTestSupport {

	/**
	 * Every table a form could write; sessions, locks and throttles are not business
	 * data.
	 */
	private static final List<String> TABLES = List.of("directory_association", "directory_cooperative",
			"identity_account", "identity_password_reset", "ledger_account", "ledger_advance", "ledger_bank_statement",
			"ledger_cash_count", "ledger_chequebook", "ledger_class_book", "ledger_class_line", "ledger_deposit_slip",
			"ledger_durable_good", "ledger_entry", "ledger_fiscal_year", "ledger_line", "ledger_pointed_entry",
			"ledger_project", "ledger_proof", "ledger_settings", "membership_adhesion", "membership_class",
			"membership_document", "membership_mandatary_change", "membership_settings", "notifications_mail",
			"platform_audit_event");

	/**
	 * A régie's payment corrected through the plain entry form, behind its régie's back.
	 */
	private static final String REGIE_CORRECTION = "correction du versement d’une régie";

	private static final String NOT_A_NUMBER = "deux";

	/** In a form's tampered values: the form posted to another address instead. */
	private static final String URL = "(adresse)";

	private static final String NO_SUCH_ID = "987654321";

	private static final String TEACHER_PASSWORD = "Cahier-de-classe-2026";

	@Autowired
	private Ledger ledger;

	@Autowired
	private Adhesions adhesions;

	/**
	 * A form, the valid values it is posted with and, per field, the values to try
	 * instead.
	 */
	record FormCase(String name, Cookie session, String url, Map<String, String> base,
			Map<String, List<String>> tampered) {

	}

	@Test
	void everyFormRefusesValuesItsPageDoesNotOfferAndSavesNothing() throws Exception {
		TestAssociation association = this.data.association("OCCE Falsifications");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative Honnête");
		TestAssociation elsewhere = this.data.association("OCCE Ailleurs");
		TestCooperative other = this.data.readyCooperative(elsewhere, "Coopérative d’Ailleurs");
		Cookie mandataire = loginCooperative(coop);
		Cookie otherMandataire = loginCooperative(other);
		Cookie staff = loginStaff(association);
		SchoolYear year = this.ledger.currentYear();
		String date = year.firstDay().plusDays(9).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		for (Cookie session : List.of(mandataire, otherMandataire)) {
			redirect(session,
					post("/coop/comptabilite/ouverture").param("openingBank", "1000")
						.param("openingCash", "500")
						.param("voucherStyle", "SINGLE"));
		}

		// What the other cooperative owns: a project, a cheque received, an entry.
		redirect(otherMandataire, post("/coop/comptabilite/projets").param("name", "Projet d’ailleurs"));
		String otherProject = String
			.valueOf(this.jdbc.sql("SELECT MAX(id) FROM ledger_project WHERE cooperative_id = ?")
				.param(other.id())
				.query(Long.class)
				.single());
		String otherCheque = lastSegment(redirect(otherMandataire,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", date)
					.param("label", "Photos d’ailleurs")
					.param("amount", "12")
					.param("means", "CHEQUE")
					.param("chequeNumber", "4242")
					.param("parts[0].account", "707")));
		redirect(otherMandataire,
				post("/coop/comptabilite/classes").param("className", "CE1 Ailleurs")
					.param("teacherName", "M. Ailleurs")
					.param("email", "ailleurs.classe" + other.id() + "@example.org"));
		String otherClassBook = String
			.valueOf(this.jdbc.sql("SELECT MAX(id) FROM ledger_class_book WHERE cooperative_id = ?")
				.param(other.id())
				.query(Long.class)
				.single());

		// What this cooperative owns: an entry to correct, a régie to bring back, a cash
		// receipt (not a cheque) that a deposit slip must not take.
		String ownEntry = lastSegment(redirect(mandataire,
				post("/coop/comptabilite/operations").param("operation", "EXPENSE")
					.param("date", date)
					.param("label", "Ramettes")
					.param("amount", "20")
					.param("means", "CASH")
					.param("parts[0].account", "6068")));
		String advance = redirect(mandataire,
				post("/coop/comptabilite/regies").param("holder", "Mme Juste")
					.param("date", date)
					.param("amount", "50")
					.param("means", "CASH"));
		String advancePayment = String.valueOf(this.jdbc.sql("SELECT payment_entry_id FROM ledger_advance WHERE id = ?")
			.param(Long.parseLong(lastSegment(advance)))
			.query(Long.class)
			.single());
		String ownCashReceipt = lastSegment(redirect(mandataire,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", date)
					.param("label", "Kermesse")
					.param("amount", "30")
					.param("means", "CASH")
					.param("parts[0].account", "707")));
		String ownCheque = lastSegment(redirect(mandataire,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", date)
					.param("label", "Photos")
					.param("amount", "15")
					.param("means", "CHEQUE")
					.param("chequeNumber", "17")
					.param("parts[0].account", "707")));

		// A bank statement of this cooperative, dated after its entries, to tick them on.
		String statementDate = year.firstDay().plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		redirect(mandataire, post("/coop/comptabilite/pointage").param("date", statementDate).param("balance", "1015"));
		String statement = String.valueOf(this.jdbc
			.sql("SELECT MAX(s.id) FROM ledger_bank_statement s JOIN ledger_fiscal_year y "
					+ "ON y.id = s.fiscal_year_id WHERE y.cooperative_id = ?")
			.param(coop.id())
			.query(Long.class)
			.single());
		String laterDate = year.firstDay().plusDays(25).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

		// An account of the AD's chart that nothing uses yet, to renumber.
		redirect(staff,
				post("/ad/" + association.id() + "/plan-comptable").param("code", "60998")
					.param("label", "Compte à renuméroter")
					.param("kind", "CHARGE"));

		List<FormCase> cases = List.of(
				new FormCase("nouvelle opération", mandataire, "/coop/comptabilite/operations",
						params("operation", "EXPENSE", "date", date, "label", "Cahiers", "amount", "10", "means",
								"CASH", "parts[0].account", "6068", "parts[0].amount", "10"),
						tampers("operation", List.of("ADVANCE_PAYMENT", "ADVANCE_RETURN", "ADVANCE_EXPENSE", "VOL", ""),
								"means", List.of("ADVANCE", "VOL"), "projectId",
								List.of(otherProject, NO_SUCH_ID, NOT_A_NUMBER), "parts[0].account",
								List.of("707", "467", "512", "99999", ""))),
				new FormCase("nouveau mouvement interne", mandataire, "/coop/comptabilite/operations",
						params("operation", "CASH_DEPOSIT", "date", date, "label", "Dépôt", "amount", "10", "means",
								"CASH"),
						tampers("operation", List.of("ADVANCE_PAYMENT", "ADVANCE_RETURN", "ADVANCE_EXPENSE"))),
				new FormCase("correction d’une opération", mandataire, "/coop/comptabilite/operations/" + ownEntry,
						params("operation", "EXPENSE", "date", date, "label", "Ramettes corrigées", "amount", "20",
								"means", "CASH", "parts[0].account", "6068", "parts[0].amount", "20", "version", "0"),
						tampers("means", List.of("ADVANCE", "VOL"), "projectId",
								List.of(otherProject, NO_SUCH_ID, NOT_A_NUMBER), "parts[0].account",
								List.of("707", "467", "99999"), "version", List.of("7", "-1", NOT_A_NUMBER))),
				new FormCase(REGIE_CORRECTION, mandataire, "/coop/comptabilite/operations/" + advancePayment,
						params("operation", "EXPENSE", "date", date, "label", "Régie détournée", "amount", "5", "means",
								"CASH", "parts[0].account", "6068", "parts[0].amount", "5"),
						tampers("label", List.of("Régie détournée"))),
				new FormCase("régie d’avance", mandataire, "/coop/comptabilite/regies",
						params("holder", "M. Exact", "date", date, "amount", "40", "means", "CASH"),
						tampers("means", List.of("TRANSFER", "CARD", "DIRECT_DEBIT", "ADVANCE", "VOL"), "classBookId",
								List.of(otherClassBook, NO_SUCH_ID, NOT_A_NUMBER))),
				new FormCase("retour de régie", mandataire, advance + "/retour",
						params("date", date, "means", "CASH", "parts[0].account", "6068", "parts[0].amount", "10"),
						tampers("means", List.of("TRANSFER", "CARD", "DIRECT_DEBIT", "ADVANCE", "VOL"),
								"parts[0].account", List.of("707", "467", "99999"))),
				new FormCase("remise de chèques", mandataire, "/coop/comptabilite/remises",
						params("date", date, "cheques", ownCheque),
						tampers("cheques", List.of(otherCheque, ownCashReceipt, ownEntry, NO_SUCH_ID, NOT_A_NUMBER))),
				new FormCase("pointage d’un relevé", mandataire, "/coop/comptabilite/pointage/" + statement,
						params("pointed", ownCheque),
						tampers("pointed", List.of(otherCheque, ownCashReceipt, NO_SUCH_ID, NOT_A_NUMBER))),
				new FormCase("nouveau relevé de banque", mandataire, "/coop/comptabilite/pointage",
						params("date", laterDate, "balance", "1015"),
						tampers("date", List.of(date, "31/02/2026", NOT_A_NUMBER), "balance",
								List.of(NOT_A_NUMBER, ""))),
				new FormCase("projet", mandataire, "/coop/comptabilite/projets", params("name", "Chorale"),
						tampers("startsOn", List.of("31/02/2026", NOT_A_NUMBER))),
				new FormCase("plan comptable", staff, "/ad/" + association.id() + "/plan-comptable",
						params("code", "60997", "label", "Compte ajouté", "kind", "CHARGE"),
						tampers("kind", List.of("EQUITY", "ASSET", "VOL", ""), "annee",
								List.of("1900", "2147483647", NOT_A_NUMBER))),
				new FormCase("numéro d’un compte", staff, "/ad/" + association.id() + "/plan-comptable/60998/numero",
						params("newCode", "60999", "kind", "CHARGE"),
						tampers("kind", List.of("EQUITY", "BANK", "VOL"), "annee",
								List.of("1900", "2147483647", NOT_A_NUMBER))),
				new FormCase("régie de la classe d’une autre coopérative", staff,
						"/ad/" + association.id() + "/regies-plafond", params("advanceCeiling", "180"),
						tampers("advanceCeiling", List.of("-1", NOT_A_NUMBER))));

		assertThat(tryEveryTamper(cases)).as("tampered posts accepted or answered with an error").isEmpty();
	}

	@Test
	void theClassBookInventoryCashCountAdhesionStaffAndDirectoryFormsRefuseWhatTheirPagesDoNotOffer() throws Exception {
		TestAssociation association = this.data.association("OCCE Falsifications bis");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative Sincère");
		TestAssociation elsewhere = this.data.association("OCCE Ailleurs bis");
		TestCooperative other = this.data.readyCooperative(elsewhere, "Coopérative Voisine");
		TestCooperative closable = this.data.readyCooperative(association, "Coopérative à fermer");
		Cookie mandataire = loginCooperative(coop);
		Cookie otherMandataire = loginCooperative(other);
		Cookie staff = loginStaff(association);
		Cookie otherStaff = loginStaff(elsewhere);
		SchoolYear year = this.ledger.currentYear();
		String date = year.firstDay().plusDays(9).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		for (Cookie session : List.of(mandataire, otherMandataire)) {
			redirect(session,
					post("/coop/comptabilite/ouverture").param("openingBank", "1000")
						.param("openingCash", "500")
						.param("voucherStyle", "SINGLE"));
		}
		String ad = "/ad/" + association.id();

		// Class books: a teacher of each cooperative, two pending lines here, one there.
		Cookie teacher = inviteTeacher(mandataire, "CM1 Sincère", "cm1.sincere" + coop.id() + "@example.org");
		Cookie otherTeacher = inviteTeacher(otherMandataire, "CM1 Voisin", "cm1.voisin" + other.id() + "@example.org");
		for (String label : List.of("Colle", "Feutres")) {
			redirect(teacher,
					post("/classe").param("operation", "EXPENSE")
						.param("date", date)
						.param("label", label)
						.param("amount", "4")
						.param("account", "6068")
						.param("means", "CASH")
						.param("key", UUID.randomUUID().toString()));
		}
		redirect(otherTeacher,
				post("/classe").param("operation", "EXPENSE")
					.param("date", date)
					.param("label", "Craies")
					.param("amount", "2")
					.param("account", "6068")
					.param("means", "CASH")
					.param("key", UUID.randomUUID().toString()));
		long book = id("SELECT id FROM ledger_class_book WHERE cooperative_id = ?", coop.id());
		long otherBook = id("SELECT id FROM ledger_class_book WHERE cooperative_id = ?", other.id());
		long firstLine = id("SELECT MIN(id) FROM ledger_class_line WHERE class_book_id = ?", book);
		long secondLine = id("SELECT MAX(id) FROM ledger_class_line WHERE class_book_id = ?", book);
		long otherLine = id("SELECT MAX(id) FROM ledger_class_line WHERE class_book_id = ?", otherBook);
		String lines = "/coop/comptabilite/classes/";

		// Inventory: a purchase on 68 here and there, a good here and there.
		String purchase = lastSegment(redirect(mandataire,
				post("/coop/comptabilite/operations").param("operation", "EXPENSE")
					.param("date", date)
					.param("label", "Vidéoprojecteur")
					.param("amount", "300")
					.param("means", "TRANSFER")
					.param("parts[0].account", "68")));
		String otherPurchase = lastSegment(redirect(otherMandataire,
				post("/coop/comptabilite/operations").param("operation", "EXPENSE")
					.param("date", date)
					.param("label", "Tablette")
					.param("amount", "200")
					.param("means", "TRANSFER")
					.param("parts[0].account", "68")));
		String plainEntry = lastSegment(redirect(mandataire,
				post("/coop/comptabilite/operations").param("operation", "EXPENSE")
					.param("date", date)
					.param("label", "Ramettes")
					.param("amount", "20")
					.param("means", "CASH")
					.param("parts[0].account", "6068")));
		for (Cookie session : List.of(mandataire, otherMandataire)) {
			redirect(session,
					post("/coop/comptabilite/inventaire").param("description", "Piano")
						.param("acquiredOn", date)
						.param("value", "900"));
		}
		long good = id("SELECT MAX(id) FROM ledger_durable_good WHERE cooperative_id = ?", coop.id());
		long otherGood = id("SELECT MAX(id) FROM ledger_durable_good WHERE cooperative_id = ?", other.id());

		// Adhésions open in both associations (immediate and December debits, no
		// cheque; signature online here only), a class in each.
		for (TestAssociation each : List.of(association, elsewhere)) {
			this.adhesions
				.saveTariffs(new Tariffs(each.id(), year, year.firstDay(), this.adhesions.today().plusDays(30),
						Money.of("2.05"), Money.of("2.05"), Money.of("0.25"), Money.of("0.25"), Money.euros(2000),
						new BigDecimal("0.00688"), Money.euros(15000), new BigDecimal("0.00688"), Money.ZERO, false,
						Money.of("0.40"), true, true, false, each == association));
		}
		for (Cookie session : List.of(mandataire, otherMandataire)) {
			redirect(session,
					post("/coop/adhesion/classes").param("name", "CP")
						.param("teachers", "Mme Lecture")
						.param("email", "cp@example.org")
						.param("teacherCount", "1")
						.param("pupilCount", "20"));
		}
		long memberClass = id("SELECT MAX(c.id) FROM membership_class c JOIN membership_adhesion a "
				+ "ON a.id = c.adhesion_id WHERE a.cooperative_id = ?", coop.id());
		long otherClass = id("SELECT MAX(c.id) FROM membership_class c JOIN membership_adhesion a "
				+ "ON a.id = c.adhesion_id WHERE a.cooperative_id = ?", other.id());

		// Staff: a colleague here, one there; the cooperative's own account.
		redirect(staff, post(ad + "/personnel").param("name", "M. Collègue")
			.param("email", "collegue" + association.id() + "@example.org"));
		redirect(otherStaff, post("/ad/" + elsewhere.id() + "/personnel").param("name", "M. Voisin")
			.param("email", "voisin" + elsewhere.id() + "@example.org"));
		long colleague = id("SELECT MAX(id) FROM identity_account WHERE role = 'AD_STAFF' AND association_id = ?",
				association.id());
		long otherColleague = id("SELECT MAX(id) FROM identity_account WHERE role = 'AD_STAFF' AND association_id = ?",
				elsewhere.id());
		long me = id("SELECT id FROM identity_account WHERE login = ?", association.staffEmail());
		long coopAccount = id("SELECT id FROM identity_account WHERE login = ?", coop.login());
		int version = this.jdbc.sql("SELECT version FROM directory_cooperative WHERE id = ?")
			.param(coop.id())
			.query(Integer.class)
			.single();
		String coopPage = ad + "/cooperatives/" + coop.id();
		String otherCoopPage = ad + "/cooperatives/" + other.id();

		List<FormCase> cases = List.of(
				new FormCase("ligne du cahier de classe", teacher, "/classe",
						params("operation", "EXPENSE", "date", date, "label", "Gommes", "amount", "3", "account",
								"6068", "means", "CASH"),
						tampers("operation", List.of("CASH_DEPOSIT", "ADVANCE_PAYMENT", "ADVANCE_EXPENSE", "VOL", ""),
								"means", List.of("DIRECT_DEBIT", "ADVANCE", "VOL", ""), "account",
								List.of("467", "512", "5300", "99999"), "key",
								List.of("k".repeat(65), "interne:classe-ligne-" + firstLine, "clé avec espaces"))),
				new FormCase("refus d’une ligne de classe", mandataire,
						lines + book + "/lignes/" + firstLine + "/refuser", params("reason", "Pas de ticket"),
						tampers(URL,
								List.of(lines + otherBook + "/lignes/" + otherLine + "/refuser",
										lines + book + "/lignes/" + otherLine + "/refuser",
										lines + otherBook + "/lignes/" + firstLine + "/refuser",
										lines + book + "/lignes/" + NO_SUCH_ID + "/refuser"),
								"reason", List.of(""))),
				new FormCase("acceptation d’une ligne de classe", mandataire,
						lines + book + "/lignes/" + secondLine + "/accepter", params(),
						tampers(URL,
								List.of(lines + otherBook + "/lignes/" + otherLine + "/accepter",
										lines + book + "/lignes/" + otherLine + "/accepter",
										lines + otherBook + "/lignes/" + secondLine + "/accepter",
										lines + book + "/lignes/" + firstLine + "/accepter"))),
				new FormCase("invitation d’une classe", mandataire, "/coop/comptabilite/classes",
						params("className", "CE1 Sincère", "teacherName", "Mme Neuve", "email",
								"ce1.sincere" + coop.id() + "@example.org"),
						tampers("email",
								List.of(association.staffEmail(), "cm1.voisin" + other.id() + "@example.org"))),
				new FormCase("bien durable", mandataire, "/coop/comptabilite/inventaire",
						params("description", "Guitare", "acquiredOn", date, "value", "150"),
						tampers("acquiredOn", List.of("31/02/2026", NOT_A_NUMBER), "value",
								List.of("-1", NOT_A_NUMBER))),
				new FormCase("achat à inventorier", mandataire, "/coop/comptabilite/inventaire/achats/" + purchase,
						params(),
						tampers(URL,
								List.of("/coop/comptabilite/inventaire/achats/" + otherPurchase,
										"/coop/comptabilite/inventaire/achats/" + plainEntry,
										"/coop/comptabilite/inventaire/achats/" + NO_SUCH_ID))),
				new FormCase("sortie d’inventaire", mandataire, "/coop/comptabilite/inventaire/" + good + "/sortie",
						params(),
						tampers(URL, List.of("/coop/comptabilite/inventaire/" + otherGood + "/sortie"), "date",
								List.of("01/01/2020", date, NOT_A_NUMBER))),
				new FormCase("arrêté de caisse", mandataire, "/coop/comptabilite/caisse",
						params("date", date, "counts[0]", "1", "action", "enregistrer"),
						tampers("action", List.of("VOL", "ENREGISTRER", ""), "counts[30]", List.of("5"), "date",
								List.of("01/01/2020", "31/02/2026"))),
				new FormCase("classe (adhésion)", mandataire, "/coop/adhesion/classes",
						params("name", "CE1", "teachers", "M. Calcul", "email", "ce1@example.org", "teacherCount", "1",
								"pupilCount", "22"),
						tampers("teacherCount", List.of("-1", NOT_A_NUMBER), "pupilCount",
								List.of("-5", NOT_A_NUMBER))),
				new FormCase("modification d’une classe (adhésion)", mandataire,
						"/coop/adhesion/classes/" + memberClass,
						params("name", "CP bis", "teachers", "Mme Lecture", "email", "cp@example.org", "teacherCount",
								"1", "pupilCount", "21"),
						tampers(URL,
								List.of("/coop/adhesion/classes/" + otherClass, "/coop/adhesion/classes/" + NO_SUCH_ID),
								"teacherCount", List.of("-1"))),
				new FormCase("paiement (adhésion)", mandataire, "/coop/adhesion/paiement",
						params("choix", "IMMEDIATE_DEBIT"), tampers("choix", List.of("CHEQUE", "NONE", "VOL", ""))),
				new FormCase("informations (adhésion)", mandataire, "/coop/adhesion/informations",
						params("propertyValue", "1500", "instrumentValue", "0", "review", "true"),
						tampers("voluntary", List.of("50", "0,01"), "review", List.of(NOT_A_NUMBER), "propertyValue",
								List.of("-1", NOT_A_NUMBER))),
				new FormCase("signature en ligne (adhésion)", mandataire, "/coop/adhesion/engagement/signer",
						params("certifie", "true"), tampers("certifie", List.of("false", NOT_A_NUMBER))),
				new FormCase("suppression d’une classe (adhésion)", mandataire,
						"/coop/adhesion/classes/" + memberClass + "/supprimer", params(),
						tampers(URL, List.of("/coop/adhesion/classes/" + otherClass + "/supprimer"))),
				new FormCase("nouveau membre du personnel", staff, ad + "/personnel",
						params("name", "Mme Nouvelle", "email", "nouvelle" + association.id() + "@example.org"),
						tampers("email",
								List.of(association.staffEmail(), coop.login(),
										"voisin" + elsewhere.id() + "@example.org"))),
				new FormCase("désactivation d’un membre du personnel", staff,
						ad + "/personnel/" + colleague + "/desactiver", params(),
						tampers(URL,
								List.of(ad + "/personnel/" + me + "/desactiver",
										ad + "/personnel/" + otherColleague + "/desactiver",
										ad + "/personnel/" + coopAccount + "/desactiver",
										"/ad/" + elsewhere.id() + "/personnel/" + otherColleague + "/desactiver"))),
				new FormCase("réactivation d’un membre du personnel", staff,
						ad + "/personnel/" + colleague + "/activer", params(),
						tampers(URL,
								List.of(ad + "/personnel/" + me + "/activer",
										ad + "/personnel/" + otherColleague + "/activer",
										ad + "/personnel/" + coopAccount + "/activer"))),
				new FormCase("modification d’une coopérative", staff, coopPage,
						params("name", "Coopérative Sincère", "commune", "CAHORS", "postalCode", "46000", "schoolEmail",
								"ecole.sincere@example.org", "type", "SCHOOL", "version", String.valueOf(version)),
						tampers("type", List.of("VOL", ""), "version",
								List.of(String.valueOf(version + 7), "-1", NOT_A_NUMBER), URL,
								List.of(otherCoopPage, "/ad/" + elsewhere.id() + "/cooperatives/" + other.id()))),
				new FormCase("nouvelle coopérative", staff, ad + "/cooperatives",
						params("number", "7777", "name", "École Neuve", "commune", "FIGEAC", "postalCode", "46100",
								"schoolEmail", "ecole.neuve@example.org", "type", "SCHOOL"),
						tampers("type", List.of("VOL", ""))),
				new FormCase("fermeture d’une coopérative", staff, ad + "/cooperatives/" + closable.id() + "/close",
						params(),
						tampers(URL,
								List.of(otherCoopPage + "/close", otherCoopPage + "/password",
										"/ad/" + elsewhere.id() + "/cooperatives/" + other.id() + "/close"))),
				new FormCase("réouverture d’une coopérative", staff, ad + "/cooperatives/" + closable.id() + "/reopen",
						params(), tampers(URL, List.of(otherCoopPage + "/reopen",
								"/ad/" + elsewhere.id() + "/cooperatives/" + other.id() + "/reopen"))));
		assertThat(tryEveryTamper(cases)).as("tampered posts accepted or answered with an error").isEmpty();
	}

	/** Invites a class teacher and signs in as them, with a password of their own. */
	private Cookie inviteTeacher(Cookie mandataire, String className, String email) throws Exception {
		MvcResult invited = this.mvc
			.perform(post("/coop/comptabilite/classes").param("className", className)
				.param("teacherName", "Enseignant")
				.param("email", email)
				.cookie(mandataire)
				.with(csrf()))
			.andReturn();
		InitialPassword password = (InitialPassword) invited.getFlashMap().get("initialPassword");
		Cookie session = login(email, password.value());
		redirect(session,
				post("/mot-de-passe").param("newPassword", TEACHER_PASSWORD).param("confirmation", TEACHER_PASSWORD));
		return session;
	}

	private long id(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

	/**
	 * Posts each form with each tampered value, then its valid base, which must save
	 * something; returns what was accepted.
	 */
	private List<String> tryEveryTamper(List<FormCase> cases) throws Exception {
		List<String> accepted = new ArrayList<>();
		for (FormCase form : cases) {
			for (Map.Entry<String, List<String>> field : form.tampered().entrySet()) {
				for (String value : field.getValue()) {
					Map<String, String> params = new LinkedHashMap<>(form.base());
					String url = form.url();
					if (field.getKey().equals(URL)) {
						url = value;
					}
					else {
						params.put(field.getKey(), value);
					}
					Map<String, String> before = contents();
					MockHttpServletResponse response = send(form.session(), url, params);
					String what = form.name() + " with " + field.getKey() + "=" + value + " → " + response.getStatus();
					List<String> changed = TableContents.changed(before, contents());
					if (response.getStatus() >= 500 || !refused(response) || !changed.isEmpty()) {
						accepted.add(what + " " + changed);
					}
				}
			}
			if (form.name().equals(REGIE_CORRECTION)) {
				// Its path is the tampering: no valid base.
				continue;
			}
			Map<String, String> before = contents();
			MockHttpServletResponse control = send(form.session(), form.url(), form.base());
			if (before.equals(contents())) {
				accepted.add("the valid base of " + form.name() + " saves nothing: " + control.getStatus() + " "
						+ org.jsoup.Jsoup.parse(control.getContentAsString())
							.select(".invalid-feedback, .alert")
							.text());
			}
		}
		return accepted;
	}

	private MockHttpServletResponse send(Cookie session, String url, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post(url).cookie(session).with(csrf());
		params.forEach(request::param);
		if (!params.containsKey("key")) {
			// A fresh idempotency key each time: a key seen before answers with its
			// entry.
			request.param("key", UUID.randomUUID().toString());
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * A 4xx, a redirect (the chart's forms carry their error in flash) or a form with an
	 * error.
	 */
	private static boolean refused(MockHttpServletResponse response) throws Exception {
		int status = response.getStatus();
		if (status >= 400 && status < 500) {
			return true;
		}
		if (status == 302) {
			return true;
		}
		String body = response.getContentAsString();
		return status == 200 && (body.contains("is-invalid") || body.contains("alert-danger"));
	}

	/** What every business table holds. */
	private Map<String, String> contents() {
		return TableContents.of(this.jdbc, TABLES);
	}

	private String redirect(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.cookie(session).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("setting up: %s", response.getContentAsString()).isEqualTo(302);
		return response.getRedirectedUrl();
	}

	private static String lastSegment(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private static Map<String, String> params(String... namesAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> tampers(Object... namesAndValues) {
		Map<String, List<String>> tampers = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			tampers.put((String) namesAndValues[i], (List<String>) namesAndValues[i + 1]);
		}
		return tampers;
	}

}
