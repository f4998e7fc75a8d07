package coop.occe.retkoop.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.TestSmtp;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Mot de passe oublié ?" through a real SMTP server (GreenMail on 127.0.0.1:3025).
 */
class PasswordResetTests extends WebTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/mot-de-passe-oublie/[A-Za-z0-9_-]+)");

	private TestAssociation association;

	private TestCooperative coop;

	@BeforeEach
	void setUp() {
		this.association = this.data.association("OCCE du Reset");
		this.coop = this.data.readyCooperative(this.association, "Coopérative Distraite");
	}

	@Test
	void theMailedLinkSetsANewPasswordAndWorksOnlyOnce() throws Exception {
		Document sent = html(this.mvc
			.perform(
					post("/mot-de-passe-oublie").param("identifiant", this.coop.login().replace("-", " ")).with(csrf()))
			.andReturn());
		assertThat(sent.text()).contains("Si cet identifiant existe, un courriel vient d’être envoyé");

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString())
			.isEqualTo("coop" + this.coop.login().substring(4) + "@example.org");
		assertThat(mail.getSubject()).isEqualTo("Retkoop : nouveau mot de passe pour " + this.coop.login());
		String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("link in %s", body).isTrue();
		String path = matcher.group(1);

		Document form = html(this.mvc.perform(get(path)).andReturn());
		assertThat(form.select("#newPassword")).hasSize(1);
		Document weak = html(
				this.mvc.perform(post(path).param("newPassword", "court").param("confirmation", "court").with(csrf()))
					.andReturn());
		assertThat(weak.select("#newPassword-erreur").text()).contains("au moins 10 caractères");

		MvcResult done = this.mvc
			.perform(post(path).param("newPassword", "nouveau-secret-2026")
				.param("confirmation", "nouveau-secret-2026")
				.with(csrf()))
			.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/connexion?motDePasseChange=");
		Cookie session = login(this.coop.login(), "nouveau-secret-2026");
		assertThat(this.mvc.perform(get("/sommaire").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		MvcResult again = this.mvc.perform(get(path)).andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(404);
		assertThat(html(again).text()).contains("Ce lien n’est plus valable");
		MvcResult reuse = this.mvc
			.perform(post(path).param("newPassword", "encore-un-autre-2026")
				.param("confirmation", "encore-un-autre-2026")
				.with(csrf()))
			.andReturn();
		assertThat(reuse.getResponse().getStatus()).isEqualTo(404);
		login(this.coop.login(), "nouveau-secret-2026");
	}

	@Test
	void anExpiredLinkNoLongerWorks() throws Exception {
		this.mvc.perform(post("/mot-de-passe-oublie").param("identifiant", this.coop.login()).with(csrf())).andReturn();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		Matcher matcher = LINK.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", ""));
		assertThat(matcher.find()).isTrue();
		this.jdbc
			.sql("UPDATE identity_password_reset SET expires_at = created_at WHERE account_id = "
					+ "(SELECT id FROM identity_account WHERE login = ?)")
			.param(this.coop.login())
			.update();
		assertThat(this.mvc.perform(get(matcher.group(1))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void askingAgainWithinTwoMinutesSendsNoSecondMail() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/mot-de-passe-oublie").param("identifiant", this.coop.login()).with(csrf()))
				.andReturn();
		}
		assertThat(smtp.waitForIncomingEmail(2000, 2)).isFalse();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void anUnknownIdentifiantGetsTheSameAnswerAndNoMail() throws Exception {
		Document sent = html(
				this.mvc.perform(post("/mot-de-passe-oublie").param("identifiant", "999-9999").with(csrf()))
					.andReturn());
		assertThat(sent.text()).contains("Si cet identifiant existe, un courriel vient d’être envoyé");
		assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
	}

	@Test
	void aHugeIdentifiantGetsTheSameAnswer() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/mot-de-passe-oublie").param("identifiant", "046-".repeat(2000)).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(result).text()).contains("Si cet identifiant existe, un courriel vient d’être envoyé");
		assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
	}

	@Test
	void anEmptyIdentifiantIsAskedForAgain() throws Exception {
		Document page = html(
				this.mvc.perform(post("/mot-de-passe-oublie").param("identifiant", " ").with(csrf())).andReturn());
		assertThat(page.select("#identifiant-erreur").text()).contains("Indiquez votre identifiant");
	}

	@Test
	void theMailIsInTheOutboxOfTheAssociationOnly() throws Exception {
		this.mvc.perform(post("/mot-de-passe-oublie").param("identifiant", this.coop.login()).with(csrf())).andReturn();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).as("the mail leaves in the background").isTrue();
		Cookie staff = loginStaff(this.association);
		Document outbox = html(
				this.mvc.perform(get("/ad/" + this.association.id() + "/courriels").cookie(staff)).andReturn());
		assertThat(outbox.text()).contains("Retkoop : nouveau mot de passe pour " + this.coop.login())
			.as("the reset link would let AD staff take over the account")
			.doesNotContain("/mot-de-passe-oublie/")
			.contains("[masqué]");
		TestAssociation other = this.data.association("OCCE Voisine");
		Document otherOutbox = html(
				this.mvc.perform(get("/ad/" + other.id() + "/courriels").cookie(loginStaff(other))).andReturn());
		assertThat(otherOutbox.text()).doesNotContain(this.coop.login());
	}

}
