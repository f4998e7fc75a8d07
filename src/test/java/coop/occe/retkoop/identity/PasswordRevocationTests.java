package coop.occe.retkoop.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.TestSmtp;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After a reset or a change of password, every other session of the account and every
 * other reset link is dead.
 */
class PasswordRevocationTests extends WebTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/mot-de-passe-oublie/[A-Za-z0-9_-]+)");

	private TestCooperative coop;

	@BeforeEach
	void setUp() {
		TestAssociation association = this.data.association("OCCE de la Révocation");
		this.coop = this.data.readyCooperative(association, "Coopérative Prudente");
	}

	@Test
	void aResetEndsEverySessionAndKillsTheOtherLinks() throws Exception {
		Cookie office = loginCooperative(this.coop);
		Cookie home = loginCooperative(this.coop);
		List<String> links = twoResetLinks();

		MvcResult done = this.mvc
			.perform(post(links.get(1)).param("newPassword", "Grenouille-Violette-88")
				.param("confirmation", "Grenouille-Violette-88")
				.with(csrf()))
			.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/connexion?motDePasseChange=");

		assertThat(this.mvc.perform(get(links.get(0))).andReturn().getResponse().getStatus())
			.as("the older link died with the old password")
			.isEqualTo(404);
		for (Cookie session : new Cookie[] { office, home }) {
			assertThat(this.mvc.perform(get("/sommaire").cookie(session)).andReturn().getResponse().getRedirectedUrl())
				.endsWith("/connexion");
		}
		login(this.coop.login(), "Grenouille-Violette-88");
	}

	@Test
	void aChangeEndsTheOtherSessionsAndTheOpenLinksButKeepsTheCurrentSession() throws Exception {
		Cookie office = loginCooperative(this.coop);
		Cookie home = loginCooperative(this.coop);
		List<String> links = twoResetLinks();

		MvcResult changed = this.mvc
			.perform(post("/mot-de-passe").cookie(home)
				.param("currentPassword", TestData.COOP_PASSWORD)
				.param("newPassword", "Grenouille-Violette-88")
				.param("confirmation", "Grenouille-Violette-88")
				.with(csrf()))
			.andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/sommaire");

		assertThat(this.mvc.perform(get("/sommaire").cookie(home)).andReturn().getResponse().getStatus())
			.as("the session that changed it")
			.isEqualTo(200);
		assertThat(this.mvc.perform(get("/sommaire").cookie(office)).andReturn().getResponse().getRedirectedUrl())
			.as("another session")
			.endsWith("/connexion");
		for (String link : links) {
			assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
		}
	}

	/** Two live reset links of the coop, the older first. */
	private List<String> twoResetLinks() throws Exception {
		List<String> links = new ArrayList<>();
		for (int i = 1; i <= 2; i++) {
			this.jdbc.sql("UPDATE identity_password_reset SET created_at = created_at - INTERVAL '10' MINUTE").update();
			this.mvc.perform(post("/mot-de-passe-oublie").param("identifiant", this.coop.login()).with(csrf()))
				.andReturn();
			assertThat(smtp.waitForIncomingEmail(5000, i)).isTrue();
			MimeMessage mail = smtp.getReceivedMessages()[i - 1];
			Matcher matcher = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
			assertThat(matcher.find()).isTrue();
			links.add(matcher.group(1));
		}
		for (String link : links) {
			assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		return links;
	}

}
