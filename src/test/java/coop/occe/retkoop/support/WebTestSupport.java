package coop.occe.retkoop.support;

import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the web tests: the whole application with MockMvc (security and Spring Session
 * filters included), real logins through the login form, fresh test data.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private AssociationRepository associationRepository;

	@Autowired
	private CooperativeService cooperativeService;

	@Autowired
	private Accounts accounts;

	@Autowired
	private PasswordEncoder encoder;

	protected TestData data;

	@BeforeEach
	void createTestData() {
		this.data = new TestData(this.associationRepository, this.cooperativeService, this.accounts, this.jdbc,
				this.encoder);
	}

	/**
	 * Logs in through the form and returns the session cookie; fails if the login fails.
	 */
	protected Cookie login(String identifiant, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/connexion").param("identifiant", identifiant).param("motDePasse", password).with(csrf()))
			.andReturn();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getRedirectedUrl()).as("login of %s", identifiant).isEqualTo("/");
		Cookie cookie = response.getCookie("RETKOOP_SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	protected Cookie loginStaff(TestData.TestAssociation association) throws Exception {
		return login(association.staffEmail(), TestData.STAFF_PASSWORD);
	}

	protected Cookie loginCooperative(TestData.TestCooperative coop) throws Exception {
		return login(coop.login(), TestData.COOP_PASSWORD);
	}

	protected static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
