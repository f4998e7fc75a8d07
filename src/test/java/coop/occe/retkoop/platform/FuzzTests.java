package coop.occe.retkoop.platform;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.Scans;
import coop.occe.retkoop.support.TableContents;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every field of every form, one at a time, with what a careless user or a hostile client
 * sends: nothing, 10 kB, 1 MB, a NUL byte, control characters, mixed scripts, huge and
 * negative numbers, impossible dates. No answer is a server error or shows a stack trace,
 * and a refused post (a 4xx or the form again) saves nothing. The forms are a list: a new
 * form is one more line.
 */
class FuzzTests extends WebTestSupport {

	/** Rows of these tables may change only when a post is accepted. */
	private static final List<String> TABLES = List.of("directory_association", "directory_cooperative",
			"identity_account", "identity_password_reset", "ledger_account", "ledger_advance", "ledger_bank_statement",
			"ledger_cash_count", "ledger_chequebook", "ledger_class_book", "ledger_class_line", "ledger_deposit_slip",
			"ledger_durable_good", "ledger_entry", "ledger_fiscal_year", "ledger_line", "ledger_pointed_entry",
			"ledger_project", "ledger_proof", "ledger_settings", "membership_adhesion", "membership_class",
			"membership_document", "membership_mandatary_change", "membership_settings", "notifications_mail");

	/**
	 * In a form's fields: the cooperative's version as it is now, read before each post.
	 */
	private static final String CURRENT_VERSION = "(version actuelle)";

	private static final String NEW_PASSWORD = "Gentiane-des-causses-46";

	private static final String TEACHER_PASSWORD = "Cahier-de-classe-2026";

	private static final Map<String, String> VALUES = values();

	@Autowired
	private Ledger ledger;

	@Autowired
	private Adhesions adhesions;

	/** A form and the valid values of its fields; each field is fuzzed in turn. */
	record Form(String name, Cookie session, String url, Map<String, String> fields) {

	}

	private static Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("empty", "");
		values.put("10 kB", "é".repeat(10 * 1024));
		values.put("1 MB", "a".repeat(1024 * 1024));
		values.put("NUL", "ab\u0000cd");
		values.put("control characters", "\u0001\u0007\u001b[31m\u007f\u0085");
		values.put("mixed scripts", "مرحبا Привет 👩‍👩‍👧 漢字 \u202Eevil");
		values.put("huge number", "99999999999999999999999999");
		values.put("huge long", "9223372036854775808");
		values.put("negative number", "-123456789");
		values.put("impossible date", "30/02/2026");
		values.put("impossible ISO date", "2026-02-30");
		values.put("far year", "01/01/99999");
		values.put("far ISO year", "99999-01-01");
		return values;
	}

	@Test
	void noFieldOfAnyFormGivesAServerErrorAndARefusedPostSavesNothing() throws Exception {
		TestAssociation association = this.data.association("OCCE Fuzz");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative Fuzz");
		Cookie mandataire = loginCooperative(coop);
		Cookie staff = loginStaff(association);
		SchoolYear year = this.ledger.currentYear();
		String date = year.firstDay().plusDays(9).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		this.mvc.perform(post("/coop/comptabilite/ouverture").param("openingBank", "1000")
			.param("openingCash", "500")
			.param("voucherStyle", "SINGLE")
			.cookie(mandataire)
			.with(csrf()));
		String entry = this.mvc
			.perform(post("/coop/comptabilite/operations").param("operation", "EXPENSE")
				.param("date", date)
				.param("label", "Ramettes")
				.param("amount", "20")
				.param("means", "CASH")
				.param("parts[0].account", "6068")
				.cookie(mandataire)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String advance = this.mvc
			.perform(post("/coop/comptabilite/regies").param("holder", "Mme Fuzz")
				.param("date", date)
				.param("amount", "50")
				.param("means", "CASH")
				.cookie(mandataire)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String ad = "/ad/" + association.id();
		TestCooperative closable = this.data.readyCooperative(association, "Coopérative Fuzz à fermer");
		Cookie changer = loginCooperative(this.data.readyCooperative(association, "Coopérative Fuzz du mot de passe"));
		String token = "fuzz-" + UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO identity_password_reset (token_hash, account_id, created_at, expires_at)
				SELECT ?, id, CURRENT_TIMESTAMP, TIMESTAMP '2099-01-01 00:00:00' FROM identity_account
				WHERE login = ?""").params(sha256(token), closable.login()).update();
		Cookie teacher = inviteTeacher(mandataire, "CE1 Fuzz", "ce1.fuzz" + coop.id() + "@example.org");
		this.mvc.perform(post("/classe").param("operation", "EXPENSE")
			.param("date", date)
			.param("label", "Colle")
			.param("amount", "2")
			.param("account", "6068")
			.param("means", "CASH")
			.param("key", UUID.randomUUID().toString())
			.cookie(teacher)
			.with(csrf()));
		long book = this.jdbc.sql("SELECT id FROM ledger_class_book WHERE cooperative_id = ?")
			.param(coop.id())
			.query(Long.class)
			.single();
		String refuseLine = "/coop/comptabilite/classes/" + book + "/lignes/"
				+ this.jdbc.sql("SELECT MAX(id) FROM ledger_class_line WHERE class_book_id = ?")
					.param(book)
					.query(Long.class)
					.single()
				+ "/refuser";

		List<Form> forms = List.of(
				new Form("nouvelle opération", mandataire, "/coop/comptabilite/operations",
						fields("operation", "EXPENSE", "date", date, "label", "Cahiers", "amount", "10", "means",
								"CASH", "chequeNumber", "", "projectId", "", "parts[0].account", "6068",
								"parts[0].amount", "10", "key", "")),
				new Form("correction", mandataire, entry,
						fields("date", date, "label", "Ramettes", "amount", "20", "means", "CASH", "parts[0].account",
								"6068", "parts[0].amount", "20", "version", "0")),
				new Form("régie", mandataire, "/coop/comptabilite/regies",
						fields("holder", "M. Test", "date", date, "amount", "40", "means", "CASH", "classBookId", "",
								"label", "", "key", "")),
				new Form("retour de régie", mandataire, advance + "/retour",
						fields("date", date, "means", "CASH", "parts[0].account", "6068", "parts[0].amount", "10",
								"spentSeen", "0")),
				new Form("remise", mandataire, "/coop/comptabilite/remises", fields("date", date, "cheques", "1")),
				new Form("projet", mandataire, "/coop/comptabilite/projets",
						fields("name", "Chorale", "className", "CM1", "startsOn", date, "endsOn", date)),
				new Form("arrêté de caisse", mandataire, "/coop/comptabilite/caisse",
						fields("date", date, "counts[0]", "1", "counts[5]", "2", "action", "recalculer")),
				new Form("inventaire", mandataire, "/coop/comptabilite/inventaire",
						fields("description", "Tablette", "acquiredOn", date, "value", "150")),
				new Form("chéquier", mandataire, "/coop/comptabilite/chequiers",
						fields("firstNumber", "1000", "lastNumber", "1024")),
				new Form("classe (adhésion)", mandataire, "/coop/adhesion/classes",
						fields("name", "CM2", "teachers", "M. Classe", "email", "classe@example.org", "teacherCount",
								"1", "pupilCount", "20")),
				new Form("informations (adhésion)", mandataire, "/coop/adhesion/informations",
						fields("propertyValue", "0", "instrumentValue", "0", "voluntary", "0", "ordre", "nom")),
				new Form("paiement (adhésion)", mandataire, "/coop/adhesion/paiement", fields("choix", "CHEQUE")),
				new Form("plan comptable", staff, ad + "/plan-comptable",
						fields("code", "60990", "label", "Compte", "kind", "CHARGE", "annee", "0")),
				new Form("plafond des régies", staff, ad + "/regies-plafond", fields("advanceCeiling", "150")),
				new Form("personnel", staff, ad + "/personnel", fields("name", "Mme Staff", "email", "")),
				new Form("nouvelle coopérative", staff, ad + "/cooperatives",
						fields("name", "École Fuzz", "commune", "CAHORS", "uai", "", "schoolEmail", "", "postalCode",
								"46000", "type", "SCHOOL", "mandataryName", "", "mandataryEmail", "", "iban", "", "bic",
								"")),
				new Form("paramètres de l’AD", staff, ad + "/parametres", fields("name", "OCCE Fuzz")),
				new Form("connexion", null, "/connexion", fields("identifiant", "046-9999", "motDePasse", "x")),
				new Form("mot de passe oublié", null, "/mot-de-passe-oublie", fields("email", "nobody@example.org")),
				new Form("changement de mot de passe", changer, "/mot-de-passe",
						fields("currentPassword", TestData.COOP_PASSWORD, "newPassword", NEW_PASSWORD, "confirmation",
								NEW_PASSWORD)),
				new Form("nouveau mot de passe par lien", null, "/mot-de-passe-oublie/" + token,
						fields("newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD)),
				new Form("modification d’une coopérative", staff, ad + "/cooperatives/" + coop.id(),
						fields("name", "Coopérative Fuzz", "commune", "CAHORS", "uai", "", "schoolEmail",
								"ecole.fuzz@example.org", "address", "", "postalCode", "46000", "type", "SCHOOL",
								"mandataryName", "", "mandataryEmail", "", "bankName", "", "iban", "", "bic", "",
								"version", CURRENT_VERSION)),
				new Form("fermeture d’une coopérative", staff, ad + "/cooperatives/" + closable.id() + "/close",
						fields("motif", "")),
				new Form("invitation d’une classe", mandataire, "/coop/comptabilite/classes",
						fields("className", "CM2 Fuzz", "teacherName", "M. Fuzz", "email", "")),
				new Form("ligne du cahier de classe", teacher, "/classe",
						fields("operation", "EXPENSE", "date", date, "label", "Gommes", "amount", "3", "account",
								"6068", "means", "CASH", "chequeNumber", "", "key", "")),
				new Form("refus d’une ligne de classe", mandataire, refuseLine, fields("reason", "Pas de ticket")));

		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Form form : forms) {
			for (String field : form.fields().keySet()) {
				for (Map.Entry<String, String> value : VALUES.entrySet()) {
					Map<String, String> params = new LinkedHashMap<>(form.fields());
					params.put(field, value.getValue());
					Map<String, String> before = contents();
					MockHttpServletResponse response;
					requests++;
					try {
						response = send(form, params);
					}
					catch (Exception ex) {
						failures.add(form.name() + " / " + field + " = " + value.getKey() + " → " + ex);
						continue;
					}
					String what = form.name() + " / " + field + " = " + value.getKey() + " → " + response.getStatus();
					int status = response.getStatus();
					String body = response.getContentAsString();
					if (status >= 500 || body.contains("Exception") || body.contains("\tat ")) {
						failures.add(what + " (server error)");
					}
					else if (refused(status, body) && !before.equals(contents())) {
						failures.add(what + " (refused but saved " + TableContents.changed(before, contents()) + ")");
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(900);
		assertThat(failures).isEmpty();
	}

	@Test
	void noUploadGivesAServerErrorAndARefusedFileSavesNothing() throws Exception {
		TestAssociation association = this.data.association("OCCE Fuzz des fichiers");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative des Scans");
		Cookie mandataire = loginCooperative(coop);
		SchoolYear year = this.ledger.currentYear();
		String date = year.firstDay().plusDays(9).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		this.mvc.perform(post("/coop/comptabilite/ouverture").param("openingBank", "1000")
			.param("openingCash", "500")
			.param("voucherStyle", "SINGLE")
			.cookie(mandataire)
			.with(csrf()));
		String subsidy = this.mvc
			.perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
				.param("date", date)
				.param("label", "Subvention de la mairie")
				.param("amount", "300")
				.param("means", "TRANSFER")
				.param("parts[0].account", "744")
				.param("key", UUID.randomUUID().toString())
				.cookie(mandataire)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.adhesions.saveTariffs(new Tariffs(association.id(), year, year.firstDay(),
				this.adhesions.today().plusDays(30), Money.of("2.05"), Money.of("2.05"), Money.of("0.25"),
				Money.of("0.25"), Money.euros(2000), new BigDecimal("0.00688"), Money.euros(15000),
				new BigDecimal("0.00688"), Money.ZERO, false, Money.of("0.40"), true, true, false));
		record Upload(String name, String url, Map<String, String> fields) {
		}
		List<Upload> uploads = List.of(new Upload("engagement", "/coop/adhesion/engagement", Map.of()),
				new Upload("justificatif de subvention",
						"/coop/comptabilite/subventions/" + subsidy.substring(subsidy.lastIndexOf('/') + 1)
								+ "/justificatif",
						Map.of()),
				new Upload("changement de mandataire", "/coop/changement-mandataire",
						Map.of("name", "Mme Relève", "email", "releve@example.org", "signatories", "Mme Relève")));
		byte[] pdf = Scans.pdf("engagement signé");
		byte[] png = Scans.png();
		Map<String, byte[]> bad = new LinkedHashMap<>();
		bad.put("empty", new byte[0]);
		bad.put("text", "pas un scan".getBytes(StandardCharsets.UTF_8));
		bad.put("HTML", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		bad.put("SVG",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
		bad.put("executable", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
		bad.put("5-byte PDF", "%PDF-".getBytes(StandardCharsets.US_ASCII));
		bad.put("truncated PDF", Arrays.copyOf(pdf, pdf.length / 2));
		bad.put("PDF header then garbage", ("%PDF-1.7\n" + "x".repeat(5000)).getBytes(StandardCharsets.US_ASCII));
		bad.put("truncated PNG", Arrays.copyOf(png, Math.min(png.length, 60)));
		bad.put("PNG bomb", Scans.pngBomb());
		byte[] huge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
		bad.put("over 10 MB", huge);
		List<String> failures = new ArrayList<>();
		for (Upload upload : uploads) {
			for (Map.Entry<String, byte[]> file : bad.entrySet()) {
				Map<String, String> before = contents();
				MockHttpServletResponse response = upload(mandataire, upload.url(), upload.fields(),
						new MockMultipartFile("fichier", "scan.pdf", "application/pdf", file.getValue()));
				String what = upload.name() + " / " + file.getKey() + " → " + response.getStatus();
				checkRefused(what, response, before, failures);
			}
			Map<String, String> before = contents();
			checkRefused(upload.name() + " / no file", upload(mandataire, upload.url(), upload.fields(), null), before,
					failures);
			// Names a careless or hostile client sends with a good file: kept or
			// replaced, never a server error.
			for (String name : List.of("é".repeat(10 * 1024), "a\u0000b.pdf", "../../etc/passwd", "décision €.pdf",
					"\u202Efdp.exe", "")) {
				MockHttpServletResponse response = upload(mandataire, upload.url(), upload.fields(),
						new MockMultipartFile("fichier", name, "application/pdf", pdf));
				if (response.getStatus() >= 500 || response.getContentAsString().contains("Exception")) {
					failures.add(upload.name() + " / name " + name.length() + " chars → " + response.getStatus());
				}
			}
			Map<String, String> beforeControl = contents();
			upload(mandataire, upload.url(), upload.fields(),
					new MockMultipartFile("fichier", "scan.pdf", "application/pdf", pdf));
			if (beforeControl.equals(contents()) && !upload.name().equals("changement de mandataire")) {
				failures.add(upload.name() + ": a good PDF saves nothing");
			}
		}
		assertThat(failures).isEmpty();
	}

	private void checkRefused(String what, MockHttpServletResponse response, Map<String, String> before,
			List<String> failures) throws Exception {
		int status = response.getStatus();
		String body = response.getContentAsString();
		if (status >= 500 || body.contains("Exception") || body.contains("\tat ")) {
			failures.add(what + " (server error)");
		}
		else if (!before.equals(contents())) {
			failures.add(what + " (saved " + TableContents.changed(before, contents()) + ")");
		}
	}

	private MockHttpServletResponse upload(Cookie session, String url, Map<String, String> fields,
			MockMultipartFile file) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		if (file != null) {
			request.file(file);
		}
		fields.forEach(request::param);
		return this.mvc.perform(request.cookie(session).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletResponse send(Form form, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post(form.url()).with(csrf());
		if (form.session() != null) {
			request.cookie(form.session());
		}
		params.forEach((name, value) -> request.param(name,
				value.equals(CURRENT_VERSION)
						? String.valueOf(this.jdbc.sql("SELECT version FROM directory_cooperative WHERE id = ?")
							.param(Long.parseLong(form.url().substring(form.url().lastIndexOf('/') + 1)))
							.query(Integer.class)
							.single())
						: value));
		if (params.containsKey("key") && params.get("key").isEmpty()) {
			// A fresh idempotency key: a key seen before answers with its entry.
			request.param("key", UUID.randomUUID().toString());
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * A 4xx or the form shown again; a redirect is an accepted post (or a flash error).
	 */
	private static boolean refused(int status, String body) {
		return (status >= 400 && status < 500) || status == 200;
	}

	/** What every business table holds. */
	private Map<String, String> contents() {
		return TableContents.of(this.jdbc, TABLES);
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
		this.mvc.perform(post("/mot-de-passe").param("newPassword", TEACHER_PASSWORD)
			.param("confirmation", TEACHER_PASSWORD)
			.cookie(session)
			.with(csrf()));
		return session;
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

}
