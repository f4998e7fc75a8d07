package coop.occe.retkoop.ledger;

import java.util.List;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
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
 * Every ledger URL that carries an id refuses the ids of another cooperative (404), even
 * in the same association, and changes nothing.
 */
class LedgerIsolationTests extends WebTestSupport {

	@Test
	void noLedgerUrlServesOrChangesAnotherCooperativesBooks() throws Exception {
		TestAssociation association = this.data.association("OCCE Cloisons");
		Cookie owner = loginCooperative(this.data.readyCooperative(association, "Coopérative Propriétaire"));
		open(owner);
		String entry = redirect(owner,
				post("/coop/comptabilite/operations").param("operation", "EXPENSE")
					.param("date", "10/09/2026")
					.param("label", "Ordinateur")
					.param("amount", "400")
					.param("means", "TRANSFER")
					.param("parts[0].account", "68"));
		String receipt = redirect(owner,
				post("/coop/comptabilite/operations").param("operation", "RECEIPT")
					.param("date", "10/09/2026")
					.param("label", "Photos")
					.param("amount", "10")
					.param("means", "CHEQUE")
					.param("chequeNumber", "77")
					.param("parts[0].account", "707"));
		String advance = redirect(owner,
				post("/coop/comptabilite/regies").param("holder", "Mme Martin")
					.param("date", "11/09/2026")
					.param("amount", "50")
					.param("means", "CASH"));
		String slip = redirect(owner,
				post("/coop/comptabilite/remises").param("date", "12/09/2026").param("cheques", id(receipt)));
		redirect(owner, post("/coop/comptabilite/projets").param("name", "Théâtre"));
		redirect(owner,
				post("/coop/comptabilite/inventaire").param("description", "Tablette")
					.param("acquiredOn", "01/09/2026")
					.param("value", "150"));
		String project = firstLink(owner, "/coop/comptabilite/projets", "#projects a");
		String good = firstForm(owner, "/coop/comptabilite/inventaire", "#goods form");

		TestCooperative neighbour = this.data.readyCooperative(association, "Coopérative Voisine");
		Cookie intruder = loginCooperative(neighbour);
		open(intruder);
		List<MockHttpServletRequestBuilder> attempts = List.of(get(entry), get(entry + "/edit"),
				post(entry).param("operation", "EXPENSE").param("label", "Piraté"),
				post(entry + "/cancel").param("version", "0"), get(advance), get(advance + "/recu"),
				post(advance + "/retour").param("date", "12/09/2026").param("means", "CASH"), get(slip), get(project),
				post(good), post("/coop/comptabilite/inventaire/achats/" + id(entry)));
		for (MockHttpServletRequestBuilder attempt : attempts) {
			MvcResult result = this.mvc.perform(attempt.cookie(intruder).with(csrf())).andReturn();
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(404);
		}
		for (String page : new String[] { "/coop/comptabilite", "/coop/comptabilite/regies",
				"/coop/comptabilite/remises", "/coop/comptabilite/projets", "/coop/comptabilite/inventaire",
				"/coop/comptabilite/subventions", "/coop/comptabilite/situation", "/coop/comptabilite/export.csv" }) {
			String body = this.mvc.perform(get(page).cookie(intruder)).andReturn().getResponse().getContentAsString();
			assertThat(body).as(page).doesNotContain("Ordinateur", "Mme Martin", "Théâtre", "Tablette", "Photos");
		}
		Document stillThere = html(this.mvc.perform(get(entry).cookie(owner)).andReturn());
		assertThat(stillThere.text()).contains("Ordinateur").doesNotContain("Annulée");
		assertThat(html(this.mvc.perform(get("/coop/comptabilite/inventaire").cookie(owner)).andReturn()).text())
			.doesNotContain("Sorti le");
	}

	private void open(Cookie session) throws Exception {
		redirect(session,
				post("/coop/comptabilite/ouverture").param("openingBank", "1000")
					.param("openingCash", "200")
					.param("voucherStyle", "SINGLE"));
	}

	private String redirect(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		String url = this.mvc.perform(request.cookie(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(url).isNotNull();
		return url;
	}

	private String firstLink(Cookie session, String page, String css) throws Exception {
		return html(this.mvc.perform(get(page).cookie(session)).andReturn()).select(css).first().attr("href");
	}

	private String firstForm(Cookie session, String page, String css) throws Exception {
		return html(this.mvc.perform(get(page).cookie(session)).andReturn()).select(css).first().attr("action");
	}

	private static String id(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

}
