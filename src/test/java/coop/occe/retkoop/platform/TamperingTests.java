package coop.occe.retkoop.platform;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
			"identity_password_reset", "ledger_account", "ledger_advance", "ledger_bank_statement", "ledger_cash_count",
			"ledger_chequebook", "ledger_class_book", "ledger_class_line", "ledger_deposit_slip", "ledger_durable_good",
			"ledger_entry", "ledger_fiscal_year", "ledger_line", "ledger_pointed_entry", "ledger_project",
			"ledger_proof", "ledger_settings", "membership_adhesion", "membership_class", "membership_document",
			"membership_mandatary_change", "membership_settings", "notifications_mail");

	/**
	 * A régie's payment corrected through the plain entry form, behind its régie's back.
	 */
	private static final String REGIE_CORRECTION = "correction du versement d’une régie";

	private static final String NOT_A_NUMBER = "deux";

	private static final String NO_SUCH_ID = "987654321";

	@Autowired
	private Ledger ledger;

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

		List<String> accepted = new ArrayList<>();
		for (FormCase form : cases) {
			for (Map.Entry<String, List<String>> field : form.tampered().entrySet()) {
				for (String value : field.getValue()) {
					Map<String, String> params = new LinkedHashMap<>(form.base());
					params.put(field.getKey(), value);
					String before = fingerprint();
					MockHttpServletResponse response = send(form.session(), form.url(), params);
					String what = form.name() + " with " + field.getKey() + "=" + value + " → " + response.getStatus();
					if (response.getStatus() >= 500 || !refused(response) || !before.equals(fingerprint())) {
						accepted.add(what);
					}
				}
			}
			if (form.name().equals(REGIE_CORRECTION)) {
				// Its path is the tampering: no valid base.
				continue;
			}
			String before = fingerprint();
			MockHttpServletResponse control = send(form.session(), form.url(), form.base());
			if (before.equals(fingerprint())) {
				accepted.add("the valid base of " + form.name() + " saves nothing: " + control.getStatus() + " "
						+ org.jsoup.Jsoup.parse(control.getContentAsString())
							.select(".invalid-feedback, .alert")
							.text());
			}
		}
		assertThat(accepted).as("tampered posts accepted or answered with an error").isEmpty();
	}

	private MockHttpServletResponse send(Cookie session, String url, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post(url).cookie(session).with(csrf());
		params.forEach(request::param);
		// A fresh idempotency key each time: a key seen before answers with its entry.
		request.param("key", UUID.randomUUID().toString());
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

	/** Every row of every business table, in a stable order. */
	private String fingerprint() {
		StringBuilder all = new StringBuilder();
		for (String table : TABLES) {
			List<String> rows = new ArrayList<>();
			for (Map<String, Object> row : this.jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
				rows.add(new TreeMap<>(row).toString());
			}
			rows.sort(null);
			all.append(table).append(rows);
		}
		return all.toString();
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
