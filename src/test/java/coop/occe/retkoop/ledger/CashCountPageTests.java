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

class CashCountPageTests extends LedgerPageTestSupport {

	TestCooperative coop;

	@BeforeEach
	void setUp() throws Exception {
		this.coop = this.data.readyCooperative(this.data.association("OCCE Caisse"), "Coopérative de la Caisse");
		this.session = loginCooperative(this.coop);
		perform(post("/coop/comptabilite/ouverture").param("openingBank", "0")
			.param("openingCash", "80")
			.param("voucherStyle", "SINGLE"));
		perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", "15/09/2026")
			.param("label", "Vente de gâteaux")
			.param("amount", "7,35")
			.param("means", "CASH")
			.param("parts[0].account", "707"));
	}

	@Test
	void aRightCountSaysBravoAndAWrongOneShowsTheDifference() throws Exception {
		Document right = page(count("30/09/2026", "recalculer", "1"));
		assertThat(right.select("#cash-count-result").text())
			.contains("Total compté : 87,35 €. Solde de caisse du cahier : 87,35 €.")
			.contains("Bravo ! La caisse est juste.");
		assertThat(right.select("#counts6").val()).isEqualTo("1");

		Document wrong = page(count("30/09/2026", "recalculer", "0"));
		assertThat(wrong.select("#cash-count-result").text()).contains("Écart : -5,00 €");

		Document before = page(count("14/09/2026", "recalculer", "0"));
		assertThat(before.select("#cash-count-result").text()).contains("Solde de caisse du cahier : 80,00 €")
			.contains("Écart : 2,35 €");
		assertThat(kept()).isZero();
	}

	@Test
	void aKeptCountIsListedWithItsDate() throws Exception {
		MvcResult kept = perform(count("30/09/2026", "enregistrer", "1"));
		assertThat(kept.getResponse().getRedirectedUrl()).isEqualTo("/coop/comptabilite/caisse");
		Document page = page(get("/coop/comptabilite/caisse"));
		assertThat(page.select("#cash-count-history tbody tr").text()).isEqualTo("30/09/2026 87,35 € 87,35 € 0,00 €");
		assertThat(kept()).isEqualTo(1);
	}

	@Test
	void whatIsNotANumberIsShownNextToItsLineAndNothingIsKept() throws Exception {
		Document page = page(count("31/09/2026", "enregistrer", "deux"));
		assertThat(page.select("#date-erreur").text()).startsWith("Ce n’est pas une date");
		assertThat(page.select("#counts6 + .invalid-feedback").text())
			.isEqualTo("Indiquez un nombre entier (0 s’il n’y en a pas).");
		assertThat(page.select("#counts6").val()).isEqualTo("deux");
		assertThat(kept()).isZero();
	}

	/** 50 + 20 + 10 + (5 × fives) + 2 + 0,20 + 0,10 + 0,05. */
	private MockHttpServletRequestBuilder count(String date, String action, String fives) {
		return post("/coop/comptabilite/caisse").param("date", date)
			.param("action", action)
			.param("counts[3]", "1")
			.param("counts[4]", "1")
			.param("counts[5]", "1")
			.param("counts[6]", fives)
			.param("counts[7]", "1")
			.param("counts[10]", "1")
			.param("counts[11]", "1")
			.param("counts[12]", "1");
	}

	private long kept() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_cash_count WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
