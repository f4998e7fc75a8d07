package coop.occe.retkoop.platform;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
			"identity_account", "identity_password_reset", "ledger_account", "ledger_advance", "ledger_cash_count",
			"ledger_chequebook", "ledger_class_book", "ledger_class_line", "ledger_deposit_slip", "ledger_durable_good",
			"ledger_entry", "ledger_fiscal_year", "ledger_line", "ledger_project", "ledger_settings",
			"membership_adhesion", "membership_class", "membership_mandatary_change", "membership_settings",
			"notifications_mail");

	private static final Map<String, String> VALUES = values();

	@Autowired
	private Ledger ledger;

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
				new Form("mot de passe oublié", null, "/mot-de-passe-oublie", fields("email", "nobody@example.org")));

		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Form form : forms) {
			for (String field : form.fields().keySet()) {
				for (Map.Entry<String, String> value : VALUES.entrySet()) {
					Map<String, String> params = new LinkedHashMap<>(form.fields());
					params.put(field, value.getValue());
					Map<String, Long> before = counts();
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
					else if (refused(status, body) && !before.equals(counts())) {
						failures.add(what + " (refused but saved)");
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(900);
		assertThat(failures).isEmpty();
	}

	private MockHttpServletResponse send(Form form, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post(form.url()).with(csrf());
		if (form.session() != null) {
			request.cookie(form.session());
		}
		params.forEach(request::param);
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

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
		}
		return counts;
	}

	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

}
