package coop.occe.retkoop.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.TestSmtp;
import coop.occe.retkoop.support.WebTestSupport;
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
 * Guesses are throttled per identifiant and source; the account itself is locked only by
 * a distributed attack, with an unlock link by mail; parallel attempts cannot check more
 * passwords than allowed.
 */
class LoginThrottleTests extends WebTestSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/connexion/debloquer/[A-Za-z0-9_-]+)");

	private TestAssociation association;

	private TestCooperative coop;

	@BeforeEach
	void setUp() {
		this.association = this.data.association("OCCE du Verrou");
		this.coop = this.data.readyCooperative(this.association, "Coopérative Assiégée");
	}

	@Test
	void guessesFromElsewhereDoNotKeepTheOwnerOutFromTheirUsualPlace() throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(attempt(this.coop.login(), "faux", "203.0.113.9")).isEqualTo("/connexion?erreur");
		}
		assertThat(attempt(this.coop.login(), "faux", "203.0.113.9")).isEqualTo("/connexion?bloque");
		assertThat(attempt(this.coop.login(), TestData.COOP_PASSWORD, "203.0.113.9")).as("the guesser's place")
			.isEqualTo("/connexion?bloque");
		assertThat(attempt(this.coop.login(), TestData.COOP_PASSWORD, "198.51.100.7")).as("the owner's school")
			.isEqualTo("/");
	}

	@Test
	void eachNewBlockOfTheSamePlaceLastsLonger() throws Exception {
		for (int i = 0; i < 5; i++) {
			attempt(this.coop.login(), "faux", "203.0.113.10");
		}
		assertThat(blockedMinutes("203.0.113.10")).isBetween(14L, 15L);
		this.jdbc.sql("UPDATE identity_login_throttle SET blocked_until = blocked_until - INTERVAL '16' MINUTE")
			.update();
		for (int i = 0; i < 4; i++) {
			assertThat(attempt(this.coop.login(), "faux", "203.0.113.10")).isEqualTo("/connexion?erreur");
		}
		assertThat(attempt(this.coop.login(), "faux", "203.0.113.10")).isEqualTo("/connexion?bloque");
		assertThat(blockedMinutes("203.0.113.10")).isBetween(29L, 30L);
	}

	@Test
	void failuresFromManyPlacesLockTheAccountAndMailItsOwnerALinkThatLiftsIt() throws Exception {
		for (int source = 1; source <= 9; source++) {
			assertThat(attempt(this.coop.login(), "faux", "192.0.2." + source)).isEqualTo("/connexion?erreur");
		}
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(attempt(this.coop.login(), "faux", "192.0.2.10")).isEqualTo("/connexion?compteBloque");
		assertThat(attempt(this.coop.login(), TestData.COOP_PASSWORD, "198.51.100.7")).as("locked everywhere")
			.isEqualTo("/connexion?compteBloque");
		Document page = html(this.mvc.perform(get("/connexion?compteBloque")).andReturn());
		assertThat(page.text()).contains("un lien de déblocage vient d’y être envoyé");

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("link in %s", body).isTrue();
		String path = matcher.group(1);
		String token = path.substring(path.lastIndexOf('/') + 1);
		assertThat(
				this.jdbc.sql("SELECT body FROM notifications_mail ORDER BY id DESC").query(String.class).list().get(0))
			.as("the outbox keeps no live link")
			.doesNotContain(token);

		Document confirm = html(this.mvc.perform(get(path)).andReturn());
		assertThat(confirm.select("form button").text()).contains("Débloquer");
		MvcResult unlocked = this.mvc.perform(post(path).with(csrf())).andReturn();
		assertThat(unlocked.getResponse().getRedirectedUrl()).isEqualTo("/connexion?debloque");
		assertThat(attempt(this.coop.login(), TestData.COOP_PASSWORD, "198.51.100.7")).isEqualTo("/");
		assertThat(this.mvc.perform(post(path).with(csrf())).andReturn().getResponse().getStatus())
			.as("the link works once")
			.isEqualTo(404);
	}

	@Test
	void anUnknownIdentifiantIsLockedTheSameWayWithoutAMail() throws Exception {
		String unknown = "999-" + this.coop.login().substring(4);
		for (int source = 1; source <= 9; source++) {
			assertThat(attempt(unknown, "faux", "192.0.2." + source)).isEqualTo("/connexion?erreur");
		}
		assertThat(attempt(unknown, "faux", "192.0.2.10")).isEqualTo("/connexion?compteBloque");
		assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
	}

	@Test
	void fortyParallelAttemptsCheckNoMoreThanFivePasswords() throws Exception {
		int parallel = 40;
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < parallel; i++) {
				String password = (i == 17) ? TestData.COOP_PASSWORD : "faux-" + i;
				Callable<String> attempt = () -> {
					start.await();
					return attempt(this.coop.login(), password, "203.0.113.40");
				};
				outcomes.add(pool.submit(attempt));
			}
			start.countDown();
			int refused = 0;
			for (Future<String> outcome : outcomes) {
				String url = outcome.get();
				assertThat(url).isIn("/", "/connexion?erreur", "/connexion?bloque");
				if ("/connexion?bloque".equals(url)) {
					refused++;
				}
			}
			long checked = this.jdbc.sql("""
					SELECT COUNT(*) FROM platform_audit_event
					WHERE target_label = ? AND action IN ('LOGIN_FAILURE', 'LOGIN_SUCCESS')""")
				.param(this.coop.login())
				.query(Long.class)
				.single();
			assertThat(checked).as("passwords checked").isBetween(1L, 5L);
			assertThat(refused).isGreaterThanOrEqualTo(parallel - 5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anIdentifiantLongerThanAnyLoginOrAPasswordBeyondBcryptsLimitIsAFrenchMessage() throws Exception {
		MvcResult tooLong = this.mvc
			.perform(post("/connexion").param("identifiant", "a".repeat(201)).param("motDePasse", "x").with(csrf()))
			.andReturn();
		assertThat(tooLong.getResponse().getRedirectedUrl()).isEqualTo("/connexion?tropLong");
		assertThat(html(this.mvc.perform(get("/connexion?tropLong")).andReturn()).text())
			.contains("L’identifiant ne peut pas dépasser 200 caractères.");

		assertThat(attempt(this.coop.login(), "é".repeat(40), "198.51.100.8")).isEqualTo("/connexion?erreur");
	}

	private long blockedMinutes(String source) {
		return this.jdbc.sql("""
				SELECT blocked_until, last_attempt_at FROM identity_login_throttle WHERE login = ? AND source = ?""")
			.params(this.coop.login(), source)
			.query((rs, i) -> java.time.Duration
				.between(rs.getObject(2, java.time.OffsetDateTime.class),
						rs.getObject(1, java.time.OffsetDateTime.class))
				.toMinutes())
			.single();
	}

	private String attempt(String identifiant, String password, String source) throws Exception {
		return this.mvc.perform(post("/connexion").param("identifiant", identifiant)
			.param("motDePasse", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(source);
				return request;
			})).andReturn().getResponse().getRedirectedUrl();
	}

}
