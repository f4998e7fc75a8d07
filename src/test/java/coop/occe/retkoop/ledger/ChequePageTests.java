package coop.occe.retkoop.ledger;

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

class ChequePageTests extends LedgerPageTestSupport {

	TestCooperative coop;

	@BeforeEach
	void setUp() throws Exception {
		this.coop = this.data.readyCooperative(this.data.association("OCCE Chèques"), "Coopérative des Chèques");
		this.session = loginCooperative(this.coop);
		perform(post("/coop/comptabilite/ouverture").param("openingBank", "500")
			.param("openingCash", "0")
			.param("voucherStyle", "SINGLE"));
	}

	@Test
	void theNextChequeOfTheChequebookIsSuggestedInTheExpenseForm() throws Exception {
		assertThat(page(get("/coop/comptabilite/chequiers")).text()).contains("Aucun chèque disponible");
		MvcResult added = perform(
				post("/coop/comptabilite/chequiers").param("firstNumber", "1201").param("lastNumber", "1203"));
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/chequiers");
		Document form = page(get("/coop/comptabilite/operations/new").param("type", "EXPENSE"));
		assertThat(form.select("#chequeNumber").val()).isEqualTo("1201");
		assertThat(form.select("#cheque-suggestion").text()).contains("chèque n° 1201");

		chequeExpense("1201", false);
		chequeExpense("1202", false);
		assertThat(
				page(get("/coop/comptabilite/operations/new").param("type", "EXPENSE")).select("#chequeNumber").val())
			.isEqualTo("1203");
		chequeExpense("1203", false);
		assertThat(page(get("/coop/comptabilite/chequiers")).text()).contains("Aucun chèque disponible");
	}

	@Test
	void aReusedChequeNumberIsWarnedAndSavedOnlyOnceConfirmed() throws Exception {
		chequeExpense("555", false);
		MvcResult warned = chequeExpense("555", false);
		assertThat(warned.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(warned.getResponse().getContentAsString());
		assertThat(page.select("#chequeNumber-erreur").text()).startsWith("Le chèque n° 555 a déjà servi");
		assertThat(page.select("input[name=confirmReuse]")).hasSize(1);
		assertThat(entries()).isEqualTo(1);
		MvcResult confirmed = perform(expense("555").param("confirmReuse", "true"));
		assertThat(confirmed.getResponse().getRedirectedUrl()).startsWith("/coop/comptabilite/operations/");
		assertThat(entries()).isEqualTo(2);
	}

	@Test
	void aChequebookWithWrongNumbersIsRefusedNextToTheFields() throws Exception {
		perform(post("/coop/comptabilite/chequiers").param("firstNumber", "100").param("lastNumber", "149"));
		Document overlap = page(
				post("/coop/comptabilite/chequiers").param("firstNumber", "140").param("lastNumber", "160"));
		assertThat(overlap.select("#firstNumber-erreur").text())
			.isEqualTo("Ces numéros recouvrent le chéquier 100 à 149 déjà enregistré.");
		Document wrong = page(post("/coop/comptabilite/chequiers").param("firstNumber", "abc").param("lastNumber", ""));
		assertThat(wrong.select("#firstNumber-erreur").text()).contains("que des chiffres");
		assertThat(wrong.select("#lastNumber-erreur").text()).contains("Indiquez le numéro");
		assertThat(wrong.select("#firstNumber").val()).isEqualTo("abc");
		Document reversed = page(
				post("/coop/comptabilite/chequiers").param("firstNumber", "300").param("lastNumber", "250"));
		assertThat(reversed.select("#lastNumber-erreur").text()).contains("après le premier");
	}

	private MvcResult chequeExpense(String number, boolean confirm) throws Exception {
		return perform(expense(number).param("confirmReuse", Boolean.toString(confirm)));
	}

	private MockHttpServletRequestBuilder expense(String number) {
		return post("/coop/comptabilite/operations").param("operation", "EXPENSE")
			.param("date", "10/09/2026")
			.param("label", "Achat")
			.param("amount", "10")
			.param("means", "CHEQUE")
			.param("chequeNumber", number)
			.param("parts[0].account", "6068");
	}

	private long entries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
