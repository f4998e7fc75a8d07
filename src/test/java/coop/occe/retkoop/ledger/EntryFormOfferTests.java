package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The cash book's entry form posts only the operations and means its page offers: a régie
 * is paid and returned from the régies page, which records who holds it.
 */
class EntryFormOfferTests extends LedgerPageTestSupport {

	TestCooperative coop;

	@BeforeEach
	void setUp() throws Exception {
		TestAssociation association = this.data.association("OCCE Offres");
		this.coop = this.data.readyCooperative(association, "Coopérative des Offres");
		this.session = loginCooperative(this.coop);
		perform(post("/coop/comptabilite/ouverture").param("openingBank", "1000")
			.param("openingCash", "200")
			.param("voucherStyle", "SERIES"));
	}

	@Test
	void aRégieMovementPostedThroughTheEntryFormIsRefusedAndNothingIsSaved() throws Exception {
		for (String operation : new String[] { "ADVANCE_PAYMENT", "ADVANCE_RETURN", "ADVANCE_EXPENSE", "", "VOL" }) {
			MvcResult result = perform(post("/coop/comptabilite/operations").param("operation", operation)
				.param("date", "01/10/2026")
				.param("label", "Régie sans régie")
				.param("amount", "50")
				.param("means", "CASH"));
			assertThat(result.getResponse().getStatus()).as(operation).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).as(operation)
				.contains("Saisie refusée")
				.contains("un choix que sa page ne propose pas");
		}
		assertThat(count("ledger_entry")).isZero();
		assertThat(count("ledger_advance")).isZero();
	}

	@Test
	void aMeansThePageDoesNotOfferIsRefused() throws Exception {
		MvcResult entry = perform(post("/coop/comptabilite/operations").param("operation", "EXPENSE")
			.param("date", "01/10/2026")
			.param("label", "Cahiers")
			.param("amount", "5")
			.param("means", "ADVANCE")
			.param("parts[0].account", "6068"));
		assertThat(entry.getResponse().getStatus()).isEqualTo(400);
		MvcResult advance = perform(post("/coop/comptabilite/regies").param("holder", "Mme Carte")
			.param("date", "01/10/2026")
			.param("amount", "50")
			.param("means", "CARD"));
		assertThat(advance.getResponse().getStatus()).isEqualTo(400);
		assertThat(count("ledger_entry")).isZero();
		assertThat(count("ledger_advance")).isZero();
	}

	@Test
	void theEntryOfARégieCannotBeCorrectedThroughTheEntryForm() throws Exception {
		String advance = perform(post("/coop/comptabilite/regies").param("holder", "Mme Juste")
			.param("date", "01/10/2026")
			.param("amount", "50")
			.param("means", "CASH")).getResponse().getRedirectedUrl();
		long payment = this.jdbc.sql("SELECT payment_entry_id FROM ledger_advance WHERE id = ?")
			.param(Long.parseLong(advance.substring(advance.lastIndexOf('/') + 1)))
			.query(Long.class)
			.single();
		MvcResult result = perform(post("/coop/comptabilite/operations/" + payment).param("date", "01/10/2026")
			.param("label", "Régie détournée")
			.param("amount", "5")
			.param("means", "CASH")
			.param("version", "0"));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT label FROM ledger_entry WHERE id = ?")
			.param(payment)
			.query(String.class)
			.single()).isNotEqualTo("Régie détournée");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(Long.class)
			.single();
	}

}
