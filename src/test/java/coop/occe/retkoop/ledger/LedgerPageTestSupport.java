package coop.occe.retkoop.ledger;

import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Web tests of the cash book's pages, as the signed-in mandataire of {@link #session}.
 */
abstract class LedgerPageTestSupport extends WebTestSupport {

	Cookie session;

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(this.session).with(csrf())).andReturn();
	}

	/** A page that must answer 200, its no-break spaces read as spaces. */
	Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

}
