package coop.occe.retkoop.platform;

import java.net.http.HttpResponse;

import coop.occe.retkoop.support.HttpClientSession;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Error pages need a real servlet container (MockMvc does not forward to /error), so this
 * class runs the application on a random port and talks to it over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesAndHeadersTests.FailingController.class)
class ErrorPagesAndHeadersTests extends WebTestSupport {

	@LocalServerPort
	private int port;

	private HttpClientSession browser() {
		return new HttpClientSession("http://localhost:" + this.port);
	}

	@Test
	void unknownPagesAndOtherAssociationsGiveFrenchErrorPages() throws Exception {
		TestAssociation own = this.data.association("OCCE Erreurs");
		HttpClientSession staff = browser();
		assertThat(staff.login(own.staffEmail(), TestData.STAFF_PASSWORD)).endsWith("/");
		HttpResponse<String> missing = staff.get("/ad/" + own.id() + "/cooperatives/999999999");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("Page introuvable");
		assertThat(missing.body()).as("the layout with its header").contains("OCCE Erreurs");
		HttpResponse<String> unknown = staff.get("/nulle-part");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Page introuvable");
		HttpResponse<String> foreign = staff.get("/ad/999999999/cooperatives/1");
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("Accès refusé");
	}

	@Test
	void forbiddenPageIsAFrench403() throws Exception {
		TestAssociation association = this.data.association("OCCE 403");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative curieuse");
		HttpClientSession mandataire = browser();
		assertThat(mandataire.login(coop.login(), TestData.COOP_PASSWORD)).endsWith("/");
		HttpResponse<String> result = mandataire.get("/ad/" + association.id());
		assertThat(result.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(result.body()).select("h1").text()).isEqualTo("Accès refusé");
	}

	@Test
	void serverErrorIsAFrench500WithoutStackTrace() throws Exception {
		TestAssociation association = this.data.association("OCCE 500");
		HttpClientSession staff = browser();
		staff.login(association.staffEmail(), TestData.STAFF_PASSWORD);
		HttpResponse<String> result = staff.get("/test-failure");
		assertThat(result.statusCode()).isEqualTo(500);
		assertThat(result.body()).contains("Une erreur est survenue")
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret detail")
			.doesNotContain("at coop.occe");
	}

	@Test
	void aFormPostedWithoutCsrfTokenIsRefused() throws Exception {
		TestAssociation association = this.data.association("OCCE CSRF");
		Cookie staff = loginStaff(association);
		MvcResult result = this.mvc
			.perform(post("/ad/" + association.id() + "/cooperatives").cookie(staff).param("name", "X"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void everyResponseCarriesTheSecurityHeadersAndAStrictSessionCookie() throws Exception {
		MvcResult login = this.mvc.perform(get("/connexion")).andReturn();
		assertThat(login.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(login.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		String setCookie = String.join(";", login.getResponse().getHeaders("Set-Cookie"));
		assertThat(setCookie).contains("RETKOOP_SESSION").contains("HttpOnly").contains("SameSite=Lax");
		Document page = html(login);
		assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
		assertThat(page.select("[style]")).as("no inline style").isEmpty();
		assertThat(page.select("input[name=_csrf]")).hasSize(1);
	}

	@Test
	void stylesAndScriptsAreServedToAnyone() throws Exception {
		for (String asset : new String[] { "/assets/css/retkoop.css", "/webjars/bootstrap/dist/css/bootstrap.min.css",
				"/webjars/htmx.org/dist/htmx.min.js" }) {
			assertThat(this.mvc.perform(get(asset)).andReturn().getResponse().getStatus()).as(asset).isEqualTo(200);
		}
		assertThat(html(this.mvc.perform(get("/connexion")).andReturn()).select("link[href=/assets/css/retkoop.css]"))
			.hasSize(1);
	}

	@Test
	void onlyTheHealthEndpointIsExposed() throws Exception {
		HttpClientSession anonymous = browser();
		HttpResponse<String> health = anonymous.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		TestAssociation association = this.data.association("OCCE Actuator");
		HttpClientSession staff = browser();
		staff.login(association.staffEmail(), TestData.STAFF_PASSWORD);
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops" }) {
			assertThat(staff.get(endpoint).statusCode()).as(endpoint).isEqualTo(404);
		}
	}

	@TestConfiguration
	@RestController
	static class FailingController {

		@GetMapping("/test-failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
