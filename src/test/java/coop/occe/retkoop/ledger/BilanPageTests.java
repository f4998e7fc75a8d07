package coop.occe.retkoop.ledger;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.bilan.Bilan;
import coop.occe.retkoop.ledger.bilan.Bilans;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The bilan page: operating accounts, holdings against the report à nouveau plus the
 * résultat, subsidies, the last arrêté de caisse, the inventory and what is left to do.
 */
@TestPropertySource(properties = "retkoop.demo.enabled=true")
class BilanPageTests extends WebTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	Ledger ledger;

	@Autowired
	Bilans bilans;

	@Test
	void theDemoCooperativesBilanBalancesAndListsWhatIsLeftToDo() {
		CooperativeSummary coop = DemoCooperative.of(this.directory);
		FiscalYear year = this.ledger.fiscalYear(coop.id(), this.ledger.currentYear()).orElseThrow();
		Bilan bilan = this.bilans.at(year, this.ledger.today());
		assertThat(bilan.isFinal()).isFalse();
		assertThat(bilan.position().holdings()).isEqualTo(Money.of("1726.50"));
		assertThat(bilan.carriedPlusResult()).isEqualTo(Money.of("1285").plus(Money.of("441.50")));
		assertThat(bilan.isBalanced()).isTrue();
		assertThat(bilan.openAdvances()).hasSize(1);
		assertThat(bilan.pendingClassLines()).isEqualTo(1);
		assertThat(bilan.hasWarnings()).isTrue();

		Bilan atYearEnd = this.bilans.at(year, year.schoolYear().lastDay().plusYears(3));
		assertThat(atYearEnd.date()).isEqualTo(year.schoolYear().lastDay());
		assertThat(atYearEnd.isFinal()).isTrue();
		Bilan atOpening = this.bilans.at(year, year.schoolYear().firstDay());
		assertThat(atOpening.position().holdings()).isEqualTo(atOpening.position().openingHoldings());
		assertThat(atOpening.subsidies()).isEmpty();
	}

	@Test
	void theMandataireReadsTheBilanAtADateOfTheYear() throws Exception {
		var association = this.data.association("OCCE du Bilan");
		Cookie session = loginCooperative(this.data.readyCooperative(association, "Coopérative du Bilan"));
		perform(session,
				post("/coop/comptabilite/ouverture").param("openingBank", "1 000")
					.param("openingCash", "80")
					.param("voucherStyle", "SINGLE"));
		perform(session,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", "15/09/2026")
					.param("label", "Vente de gâteaux")
					.param("amount", "7,35")
					.param("means", "CASH")
					.param("parts[0].account", "707"));
		perform(session,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", "02/10/2026")
					.param("label", "Classe de découverte")
					.param("amount", "300")
					.param("means", "TRANSFER")
					.param("parts[0].account", "744"));
		perform(session,
				post("/coop/comptabilite/operations").param("operation", "EXPENSE")
					.param("date", "20/10/2026")
					.param("label", "Car pour la sortie")
					.param("amount", "250")
					.param("means", "TRANSFER")
					.param("parts[0].account", "6251"));

		Document september = html(
				this.mvc.perform(get("/coop/comptabilite/bilan").param("date", "30/09/2026").cookie(session))
					.andReturn());
		assertThat(september.select("#bilan-heading").text()).isEqualTo("Bilan provisoire au 30/09/2026");
		assertThat(text(september, "#total-products")).isEqualTo("7,35 €");
		assertThat(text(september, "#holdings")).isEqualTo("1 087,35 €");
		assertThat(text(september, "#carried-plus-result")).isEqualTo("1 087,35 €");
		assertThat(september.select("#bilan-equilibrium").text()).startsWith("Équilibre du bilan");
		assertThat(september.select("#bilan-subsidies").text()).contains("Aucune subvention");

		Document november = html(
				this.mvc.perform(get("/coop/comptabilite/bilan").param("date", "30/11/2026").cookie(session))
					.andReturn());
		assertThat(text(november, "#total-products")).isEqualTo("307,35 €");
		assertThat(text(november, "#total-charges")).isEqualTo("250,00 €");
		assertThat(text(november, "#bilan-result")).isEqualTo("57,35 €");
		assertThat(text(november, "#opening-holdings")).isEqualTo("1 080,00 €");
		assertThat(text(november, "#holdings")).isEqualTo("1 137,35 €");
		assertThat(text(november, "#total-subsidies")).isEqualTo("300,00 €");
		assertThat(november.select("#bilan-subsidies").text()).contains("Classe de découverte");
		assertThat(november.select("#bilan-cash-count").text()).contains("comptez la caisse");
		assertThat(november.select("#bilan-warnings")).isEmpty();

		MvcResult unread = this.mvc.perform(get("/coop/comptabilite/bilan").param("date", "31/13/2026").cookie(session))
			.andReturn();
		assertThat(unread.getResponse().getStatus()).isEqualTo(200);
		Document page = html(unread);
		assertThat(page.select("#date").val()).isEqualTo("31/13/2026");
		assertThat(page.select("#date-error").text()).contains("ne se lit pas");
	}

	@Test
	void aLongListOfSubsidiesShowsTheFirstTwentyAndCountsThemAllInTheTotal() throws Exception {
		var association = this.data.association("OCCE des Subventions");
		Cookie session = loginCooperative(this.data.readyCooperative(association, "Coopérative des Subventions"));
		perform(session,
				post("/coop/comptabilite/ouverture").param("openingBank", "0")
					.param("openingCash", "0")
					.param("voucherStyle", "SINGLE"));
		for (int i = 1; i <= 23; i++) {
			perform(session,
					post("/coop/comptabilite/operations").param("operation", "RECEIPT")
						.param("date", "02/10/2026")
						.param("label", "Subvention " + i)
						.param("amount", "10")
						.param("means", "TRANSFER")
						.param("parts[0].account", "744"));
		}
		Document page = html(
				this.mvc.perform(get("/coop/comptabilite/bilan").param("date", "30/11/2026").cookie(session))
					.andReturn());
		assertThat(page.select("#bilan-subsidies tbody tr:not(.fw-bold) td.rk-amount")).hasSize(20);
		assertThat(text(page, "#more-subsidies")).contains("et 3 autres subventions");
		assertThat(page.select("#more-subsidies a").attr("href")).isEqualTo("/coop/comptabilite/subventions");
		assertThat(text(page, "#total-subsidies")).isEqualTo("230,00 €");
	}

	private void perform(Cookie session,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isNotNull();
	}

	private static String text(Document page, String selector) {
		return page.select(selector).text().replace('\u00A0', ' ').replace('\u202F', ' ');
	}

}
