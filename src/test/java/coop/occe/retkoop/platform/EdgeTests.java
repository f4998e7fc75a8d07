package coop.occe.retkoop.platform;

import java.net.http.HttpResponse;

import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.shared.Role;
import coop.occe.retkoop.support.HttpClientSession;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What reaches the application from outside: control characters in parameters, lengths
 * beyond the columns, forwarded headers from proxies trusted or not. Runs on a real port
 * for the error pages (MockMvc does not forward to /error).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeTests extends WebTestSupport {

	@LocalServerPort
	private int port;

	@Autowired
	private Accounts accounts;

	private TestAssociation association;

	private TestCooperative coop;

	@BeforeEach
	void setUp() {
		this.association = this.data.association("OCCE de la Lisière");
		this.coop = this.data.readyCooperative(this.association, "Coopérative Frontalière");
	}

	@Test
	void aNulByteInTheLoginFormIsAFrench400AndNothingIsRecorded() throws Exception {
		HttpClientSession browser = new HttpClientSession("http://localhost:" + this.port);
		browser.get("/connexion");
		HttpResponse<String> response = browser.post("/connexion", "identifiant", this.coop.login() + "\u0000",
				"motDePasse", "faux");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Saisie refusée");
		assertThat(response.body()).contains("caractère invisible").doesNotContain("Exception");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM identity_login_throttle WHERE login LIKE ?")
			.param(this.coop.login() + "%")
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> reset = browser.post("/mot-de-passe-oublie", "identifiant", "\u0000");
		assertThat(reset.statusCode()).isEqualTo(400);
	}

	@Test
	void controlCharactersAreRefusedInAnyFieldButTabsAndNewLinesPass() throws Exception {
		Cookie staff = loginStaff(this.association);
		String page = "/ad/" + this.association.id() + "/personnel";
		for (String bad : new String[] { "Jean\u0000Dupont", "Jean\u0007Dupont", "Jean\u001BDupont",
				"Jean\u0085Dupont" }) {
			MvcResult refused = this.mvc
				.perform(post(page).cookie(staff).param("name", bad).param("email", "jean@occe.test").with(csrf()))
				.andReturn();
			assertThat(refused.getResponse().getStatus()).as(bad).isEqualTo(400);
		}
		assertThat(this.mvc
			.perform(get("/ad/" + this.association.id() + "/cooperatives").param("q\u0000", "x").cookie(staff))
			.andReturn()
			.getResponse()
			.getStatus()).as("a parameter's name").isEqualTo(400);
		assertThat(accountsNamed("jean@occe.test")).isZero();

		MvcResult added = this.mvc.perform(
				post(page).cookie(staff).param("name", "Jean\tDupont").param("email", "jean@occe.test").with(csrf()))
			.andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(page);
	}

	@Test
	void uploadsStillPassWhateverBytesTheFileHoldsButNotTheirFields() throws Exception {
		Cookie staff = loginStaff(this.association);
		String url = "/ad/" + this.association.id() + "/cooperatives/import";
		MockMultipartFile binary = new MockMultipartFile("fichier", "liste.csv", "text/csv",
				new byte[] { 'a', 0, 1, 2, (byte) 0xFF, '\n' });
		MvcResult upload = this.mvc.perform(multipart(url).file(binary).cookie(staff).with(csrf())).andReturn();
		assertThat(upload.getResponse().getStatus()).isEqualTo(200);
		var withBadField = multipart(url).file(binary).param("note", "x\u0000").cookie(staff).with(csrf());
		assertThat(this.mvc.perform(withBadField).andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void aStaffNameOrAnEmailLongerThanTheirColumnsGetsAFrenchMessage() throws Exception {
		Cookie staff = loginStaff(this.association);
		String page = "/ad/" + this.association.id() + "/personnel";
		Document longName = html(this.mvc
			.perform(post(page).cookie(staff).param("name", "N".repeat(201)).param("email", "n@occe.test").with(csrf()))
			.andReturn());
		assertThat(longName.select("#name-erreur").text()).contains("ne peut pas dépasser 200 caractères");
		String tooLong = "x".repeat(190) + "@occe.test";
		Document longEmail = html(this.mvc
			.perform(post(page).cookie(staff).param("name", "Nom").param("email", tooLong + "x").with(csrf()))
			.andReturn());
		assertThat(longEmail.select("#email-erreur").text()).contains("ne peut pas dépasser 200 caractères");
		assertThat(accountsNamed("n@occe.test") + accountsNamed(tooLong + "x")).isZero();
	}

	@Test
	void anAccountWithAnEmailOfUpTo200CharactersCanLogIn() throws Exception {
		String email = "c".repeat(150) + "@occe.test";
		this.accounts.createPersonAccount(email, "Collègue au long nom", Role.AD_STAFF, this.association.id(),
				TestData.STAFF_PASSWORD, false);
		Cookie session = login(email, TestData.STAFF_PASSWORD);
		assertThat(this.mvc.perform(get("/ad/" + this.association.id()).cookie(session))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aNewPasswordBeyondBcryptsLimitOrTooWeakIsRefusedWithTheReasonNextToTheField() throws Exception {
		Cookie session = loginCooperative(this.coop);
		Document tooLong = html(this.mvc
			.perform(post("/mot-de-passe").cookie(session)
				.param("currentPassword", TestData.COOP_PASSWORD)
				.param("newPassword", "é".repeat(40))
				.param("confirmation", "é".repeat(40))
				.with(csrf()))
			.andReturn());
		assertThat(tooLong.select("#newPassword-erreur").text()).contains("ne peut pas dépasser 72 octets");
		Document weak = html(this.mvc
			.perform(post("/mot-de-passe").cookie(session)
				.param("currentPassword", TestData.COOP_PASSWORD)
				.param("newPassword", "azertyuiop")
				.param("confirmation", "azertyuiop")
				.with(csrf()))
			.andReturn());
		assertThat(weak.select("#newPassword-erreur").text()).contains("fait partie des plus utilisés");
	}

	@Test
	void forwardedHeadersFromATrustedProxyGiveHttpsRedirectsHstsAndTheClientsAddress() throws Exception {
		MvcResult anonymous = this.mvc.perform(behindProxy(get("/sommaire"), "127.0.0.1")).andReturn();
		assertThat(anonymous.getResponse().getRedirectedUrl()).isEqualTo("https://retkoop.example.org/connexion");
		assertThat(anonymous.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");

		MvcResult failed = this.mvc
			.perform(behindProxy(post("/connexion"), "127.0.0.1").param("identifiant", this.coop.login())
				.param("motDePasse", "faux")
				.with(csrf()))
			.andReturn();
		assertThat(failed.getResponse().getRedirectedUrl()).startsWith("https://retkoop.example.org/connexion?");
		assertThat(lastLoginFailureAddress()).as("the right-most address the proxy added").isEqualTo("203.0.113.5");
	}

	@Test
	void forwardedHeadersFromAnyoneElseAreIgnored() throws Exception {
		MvcResult anonymous = this.mvc.perform(behindProxy(get("/sommaire"), "198.51.100.66")).andReturn();
		assertThat(anonymous.getResponse().getRedirectedUrl()).doesNotStartWith("https:");
		assertThat(anonymous.getResponse().getHeader("Strict-Transport-Security")).isNull();

		this.mvc
			.perform(behindProxy(post("/connexion"), "198.51.100.66").param("identifiant", this.coop.login())
				.param("motDePasse", "faux")
				.with(csrf()))
			.andReturn();
		assertThat(lastLoginFailureAddress()).isEqualTo("198.51.100.66");
	}

	@Test
	void aSecureRequestGetsHsts() throws Exception {
		MvcResult secure = this.mvc.perform(get("/connexion").secure(true)).andReturn();
		assertThat(secure.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
		MvcResult plain = this.mvc.perform(get("/connexion")).andReturn();
		assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();
	}

	private static MockHttpServletRequestBuilder behindProxy(MockHttpServletRequestBuilder request, String peer) {
		return request.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "retkoop.example.org")
			.header("X-Forwarded-Port", "443")
			.header("X-Forwarded-For", "6.6.6.6, 203.0.113.5")
			.with((r) -> {
				r.setRemoteAddr(peer);
				return r;
			});
	}

	private String lastLoginFailureAddress() {
		return this.jdbc.sql("""
				SELECT remote_address FROM platform_audit_event
				WHERE action = 'LOGIN_FAILURE' AND target_label = ? ORDER BY id DESC""")
			.param(this.coop.login())
			.query(String.class)
			.list()
			.get(0);
	}

	private long accountsNamed(String login) {
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_account WHERE login = ?")
			.param(login)
			.query(Long.class)
			.single();
	}

}
