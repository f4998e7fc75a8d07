package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Indexes and page numbers typed in the address or a form are bounded at the edge: a row
 * index far beyond the form's rows or a page number far beyond the book is refused in
 * French or read as the last page, never a server error.
 */
class LedgerLimitsTests extends LedgerPageTestSupport {

	TestAssociation association;

	TestCooperative coop;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Limites");
		this.coop = this.data.readyCooperative(this.association, "Coopérative des Limites");
		this.session = loginCooperative(this.coop);
		perform(post("/coop/comptabilite/ouverture").param("openingBank", "1000")
			.param("openingCash", "200")
			.param("voucherStyle", "SERIES"));
	}

	@Test
	void aSplitRowFarBeyondTheFormIsRefusedInFrenchAndNothingIsPosted() throws Exception {
		MvcResult result = perform(post("/coop/comptabilite/operations").param("operation", "EXPENSE")
			.param("date", "01/10/2026")
			.param("label", "Ramettes")
			.param("amount", "10")
			.param("means", "CASH")
			.param("parts[300].account", "6068")
			.param("parts[300].amount", "10"));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("Saisie refusée")
			.contains("plus de lignes que sa page n’en propose");
		assertThat(entries()).isZero();
	}

	@Test
	void aCashCountRowFarBeyondTheDenominationsIsRefusedInFrench() throws Exception {
		MvcResult result = perform(post("/coop/comptabilite/caisse").param("date", "01/10/2026")
			.param("counts[500]", "3")
			.param("action", "enregistrer"));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("Saisie refusée")
			.contains("plus de lignes que sa page n’en propose");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM ledger_cash_count WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPageFarBeyondTheBookShowsTheBookNotAnError() throws Exception {
		perform(post("/coop/comptabilite/operations").param("operation", "EXPENSE")
			.param("date", "01/10/2026")
			.param("label", "Ramettes")
			.param("amount", "10")
			.param("means", "CASH")
			.param("parts[0].account", "6068"));
		assertThat(entries()).isOne();
		for (String page : new String[] { "2147483647", "-2147483648", "99999999999", "deux" }) {
			MvcResult result = perform(get("/coop/comptabilite").param("page", page));
			assertThat(result.getResponse().getStatus()).as("page=%s", page).isIn(200, 400);
		}
		assertThat(page(get("/coop/comptabilite").param("page", "2147483647")).text()).doesNotContain("Ramettes");
		assertThat(page(get("/coop/comptabilite").param("page", "0")).text()).contains("Ramettes");
	}

	@Test
	void aStaffPageFarBeyondTheListsShowsThemNotAnError() throws Exception {
		jakarta.servlet.http.Cookie staff = loginStaff(this.association);
		for (String url : new String[] { "/ad/" + this.association.id() + "/journal",
				"/ad/" + this.association.id() }) {
			for (String page : new String[] { "2147483647", "-2147483648", "99999999999" }) {
				MvcResult result = this.mvc.perform(get(url).param("page", page).cookie(staff)).andReturn();
				assertThat(result.getResponse().getStatus()).as("%s?page=%s", url, page).isIn(200, 400);
			}
		}
	}

	private long entries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
