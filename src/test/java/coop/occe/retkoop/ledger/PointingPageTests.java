package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pointage by hand: a statement typed, the entries found on it ticked, the reconciliation
 * right or its difference in red; bad input next to its field; an entry on a statement is
 * not cancelled; another cooperative's entry is never ticked.
 */
class PointingPageTests extends WebTestSupport {

	@Test
	void aStatementIsPointedAndReconciledWithTheChequeNotYetDebited() throws Exception {
		var association = this.data.association("OCCE du Pointage");
		Cookie session = loginCooperative(this.data.readyCooperative(association, "Coopérative Pointée"));
		Cookie neighbour = loginCooperative(this.data.readyCooperative(association, "Coopérative d'à côté"));
		for (Cookie who : List.of(session, neighbour)) {
			redirected(who,
					post("/coop/comptabilite/ouverture").param("openingBank", "1 000")
						.param("openingCash", "0")
						.param("voucherStyle", "SINGLE"));
		}
		long cheque = operation(session, "EXPENSE", "01/10/2026", "Livres de la bibliothèque", "45", "CHEQUE", "6068");
		long grant = operation(session, "RECEIPT", "02/10/2026", "Subvention de la mairie", "300", "TRANSFER", "744");
		long card = operation(session, "EXPENSE", "05/10/2026", "Timbres", "20", "CARD", "6068");
		long theirs = operation(neighbour, "RECEIPT", "03/10/2026", "Kermesse voisine", "99", "TRANSFER", "7562");
		operation(session, "EXPENSE", "03/11/2026", "Car de novembre", "80", "TRANSFER", "6251");

		Document refused = html(perform(session,
				post("/coop/comptabilite/pointage").param("date", "31/10/2026").param("balance", "mille deux cents")));
		assertThat(refused.select("#balance").val()).isEqualTo("mille deux cents");
		assertThat(refused.select("#balance-erreur").text()).contains("Ce n’est pas un montant");
		assertThat(statements()).isZero();

		redirected(session,
				post("/coop/comptabilite/pointage").param("date", "31/10/2026").param("balance", "1 280,00"));
		Document page = html(perform(session, get("/coop/comptabilite/pointage")));
		assertThat(page.select("#tickable input[name=pointed]")).extracting((input) -> input.val())
			.as("the bank entries dated before the statement, not the one of November")
			.containsExactly(Long.toString(cheque), Long.toString(grant), Long.toString(card));
		assertThat(page.select("#reconciliation-result").hasClass("text-danger")).isTrue();

		redirected(session,
				post("/coop/comptabilite/pointage/" + latestStatement()).param("pointed", Long.toString(grant)));
		page = html(perform(session, get("/coop/comptabilite/pointage")));
		assertThat(page.select("#pointed-" + grant).hasAttr("checked")).isTrue();
		assertThat(text(page, "#reconciliation-result")).isEqualTo(
				"Écart de -20,00 € entre le relevé et le cahier : une opération manque au cahier ou au pointage, ou un montant diffère.");

		redirected(session, post("/coop/comptabilite/pointage/" + latestStatement()).param("pointed",
				Long.toString(grant), Long.toString(card)));
		page = html(perform(session, get("/coop/comptabilite/pointage")));
		assertThat(text(page, "#books-balance")).isEqualTo("1 235,00 €");
		assertThat(page.select("#reconciliation").text())
			.contains("Pas encore débité : pièce 1, Livres de la bibliothèque");
		assertThat(text(page, "#expected-balance")).isEqualTo("1 280,00 €");
		assertThat(page.select("#reconciliation-result").hasClass("text-success")).isTrue();

		String fec = new String(
				perform(session, get("/coop/comptabilite/fec.txt")).getResponse().getContentAsByteArray(),
				java.nio.charset.Charset.forName("ISO-8859-15"));
		List<String[]> bankLines = fec.lines()
			.map((line) -> line.split("\t", -1))
			.filter((row) -> row[4].equals("512") && !row[0].equals("AN"))
			.toList();
		assertThat(bankLines).extracting((row) -> row[10] + "|" + row[13] + "|" + row[14])
			.as("the bank lines found on the statement are lettered with it")
			.containsExactly("Livres de la bibliothèque||", "Subvention de la mairie|A|20261031", "Timbres|A|20261031",
					"Car de novembre||");

		Document bilan = html(perform(session, get("/coop/comptabilite/bilan").param("date", "30/11/2026")));
		assertThat(bilan.select("#bilan-reconciliation-result").text()).startsWith("Rapprochement juste");

		redirected(session, post("/coop/comptabilite/pointage/" + latestStatement()).param("pointed",
				Long.toString(grant), Long.toString(theirs)));
		assertThat(pointed()).as("another cooperative's entry refused, nothing changed").isEqualTo(2);
		page = html(perform(session, get("/coop/comptabilite/pointage")));
		assertThat(page.select("#pointing-refused").text()).contains("rien n’a été enregistré");

		Document early = html(perform(session,
				post("/coop/comptabilite/pointage").param("date", "15/10/2026").param("balance", "10")));
		assertThat(early.select("#date-erreur").text()).contains("Le dernier relevé est du 31/10/2026");
		assertThat(statements()).isEqualTo(1);

		redirected(session, post("/coop/comptabilite/operations/" + card + "/cancel").param("version", "0"));
		assertThat(this.jdbc.sql("SELECT cancelled FROM ledger_entry WHERE id = ?")
			.param(card)
			.query(Boolean.class)
			.single()).as("an entry on a statement is not cancelled").isFalse();
		assertThat(html(perform(session, get("/coop/comptabilite/operations/" + card))).text())
			.contains("Cette opération figure sur le relevé de banque du 31/10/2026");
	}

	private long operation(Cookie session, String operation, String date, String label, String amount, String means,
			String account) throws Exception {
		MockHttpServletRequestBuilder request = post("/coop/comptabilite/operations").param("operation", operation)
			.param("date", date)
			.param("label", label)
			.param("amount", amount)
			.param("means", means)
			.param("parts[0].account", account);
		if (means.equals("CHEQUE")) {
			request.param("chequeNumber", "1234567");
		}
		redirected(session, request);
		return this.jdbc.sql("SELECT MAX(id) FROM ledger_entry").query(Long.class).single();
	}

	private long latestStatement() {
		return this.jdbc.sql("SELECT MAX(id) FROM ledger_bank_statement").query(Long.class).single();
	}

	private long statements() {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM ledger_bank_statement s JOIN ledger_fiscal_year y ON y.id = s.fiscal_year_id "
					+ "JOIN directory_cooperative c ON c.id = y.cooperative_id WHERE c.name = 'Coopérative Pointée'")
			.query(Long.class)
			.single();
	}

	private long pointed() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_pointed_entry WHERE statement_id = ?")
			.param(latestStatement())
			.query(Long.class)
			.single();
	}

	private MvcResult perform(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result;
	}

	private void redirected(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isNotNull();
	}

	private static String text(Document page, String selector) {
		return page.select(selector).text().replace('\u00A0', ' ').replace('\u202F', ' ');
	}

}
