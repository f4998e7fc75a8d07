package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import coop.occe.retkoop.ledger.cashcount.CashCount;
import coop.occe.retkoop.ledger.cashcount.CashCounts;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestCooperative;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the mandataire sees when the cash box cannot pay: the message next to the amount,
 * what was typed kept; a cancellation refused with its reason; and the warning when a
 * cash operation is dated before the last arrêté de caisse.
 */
class CashBoxPageTests extends LedgerPageTestSupport {

	@Autowired
	Ledger ledger;

	@Autowired
	CashCounts cashCounts;

	TestCooperative coop;

	FiscalYear year;

	@BeforeEach
	void setUp() throws Exception {
		this.coop = this.data.readyCooperative(this.data.association("OCCE Espèces"), "Coopérative des Espèces");
		this.session = loginCooperative(this.coop);
		this.year = this.ledger
			.openYear(this.coop.id(), new SchoolYear(2026), Money.of("1000"), Money.ZERO, VoucherStyle.SERIES)
			.orElseThrow();
	}

	@Test
	void aCashExpenseLargerThanTheCashBoxIsRefusedNextToTheAmountWithWhatWasTyped() throws Exception {
		perform(cash("RECEIPT", "12/11/2026", "Vente de gâteaux", "89,60", "7562"));
		Document refused = page(cash("EXPENSE", "12/11/2026", "Sortie au cinéma", "500,00", "6251"));
		assertThat(refused.select("#amount-erreur").text())
			.isEqualTo("La caisse ne contenait que 89,60 € le 12/11/2026.");
		assertThat(refused.select("#amount").val()).isEqualTo("500,00");
		assertThat(refused.select("#label").val()).isEqualTo("Sortie au cinéma");
		assertThat(refused.select("#date").val()).isEqualTo("12/11/2026");
		assertThat(this.ledger.position(this.year, LocalDate.of(2027, 8, 31)).cash()).isEqualTo(Money.of("89.60"));
	}

	@Test
	void cancellingACashReceiptAlreadySpentIsRefusedWithItsReason() throws Exception {
		String receipt = perform(cash("RECEIPT", "01/10/2026", "Kermesse", "100,00", "7562")).getResponse()
			.getRedirectedUrl();
		page(get(receipt));
		perform(cash("EXPENSE", "15/10/2026", "Goûter", "80,00", "6068"));
		MvcResult cancel = perform(post(receipt + "/cancel").param("version", "0"));
		assertThat(cancel.getResponse().getRedirectedUrl()).isEqualTo(receipt);
		Document entry = page(get(receipt));
		assertThat(entry.select("#voucher-notice")).isEmpty();
		assertThat(entry.select("#cancel-problem-0").text()).isEqualTo(
				"Cette opération n’a pas été annulée : La caisse serait alors à -80,00 € le 15/10/2026 : elle ne peut pas être négative.");
		assertThat(entry.select(".badge").text()).doesNotContain("Annulée");
	}

	@Test
	void aCashOperationDatedBeforeTheLastArrêtéDeCaisseIsSavedWithAWarning() throws Exception {
		List<Long> nothing = Collections.nCopies(CashCount.DENOMINATIONS.size(), 0L);
		this.cashCounts.keepCashCount(this.year, LocalDate.of(2026, 11, 20), nothing);
		MvcResult late = perform(cash("RECEIPT", "15/11/2026", "Dons oubliés", "12,00", "7541"));
		Document entry = page(get(late.getResponse().getRedirectedUrl()).flashAttrs(late.getFlashMap()));
		assertThat(entry.select("#voucher-notice").text()).startsWith("Pièce n° R01");
		assertThat(entry.select("#cash-count-warning").text()).isEqualTo(
				"Attention : cette opération est datée du 15/11/2026, avant le dernier arrêté de caisse (du 20/11/2026) dont elle change le solde des livres. Refaites un arrêté de caisse.");

		MvcResult after = perform(cash("RECEIPT", "21/11/2026", "Dons", "5,00", "7541"));
		Document later = page(get(after.getResponse().getRedirectedUrl()).flashAttrs(after.getFlashMap()));
		assertThat(later.select("#cash-count-warning")).isEmpty();
		MvcResult byCheque = perform(post("/coop/comptabilite/operations").param("operation", "RECEIPT")
			.param("date", "10/11/2026")
			.param("label", "Chèque des familles")
			.param("amount", "30")
			.param("means", "CHEQUE")
			.param("chequeNumber", "777")
			.param("parts[0].account", "7562"));
		Document bank = page(get(byCheque.getResponse().getRedirectedUrl()).flashAttrs(byCheque.getFlashMap()));
		assertThat(bank.select("#cash-count-warning")).as("the bank is not counted").isEmpty();
	}

	@Test
	void aRégiePaidInCashBeforeTheLastArrêtéIsSavedWithTheSameWarning() throws Exception {
		perform(cash("RECEIPT", "02/11/2026", "Dons", "200,00", "7541"));
		List<Long> nothing = Collections.nCopies(CashCount.DENOMINATIONS.size(), 0L);
		this.cashCounts.keepCashCount(this.year, LocalDate.of(2026, 11, 20), nothing);
		MvcResult paid = perform(post("/coop/comptabilite/regies").param("holder", "Mme Martin")
			.param("date", "18/11/2026")
			.param("amount", "50")
			.param("means", "CASH")
			.param("key", "regie-avant-arrete"));
		Document advance = page(get(paid.getResponse().getRedirectedUrl()).flashAttrs(paid.getFlashMap()));
		assertThat(advance.select("#cash-count-warning").text()).startsWith(
				"Attention : cette opération est datée du 18/11/2026, avant le dernier arrêté de caisse (du 20/11/2026)");
	}

	private MockHttpServletRequestBuilder cash(String operation, String date, String label, String amount,
			String account) {
		return post("/coop/comptabilite/operations").param("operation", operation)
			.param("date", date)
			.param("label", label)
			.param("amount", amount)
			.param("means", "CASH")
			.param("parts[0].account", account);
	}

}
