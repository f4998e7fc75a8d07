package coop.occe.retkoop.platform;

import java.net.http.HttpResponse;

import coop.occe.retkoop.RetkoopApplication;
import coop.occe.retkoop.support.HttpClientSession;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer: a person logged in on
 * one is logged in on the other, and logging out on one logs out everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSessionTests extends WebTestSupport {

	@LocalServerPort
	private int firstPort;

	@Autowired
	private Environment environment;

	@Test
	void aSessionOpenedOnOneNodeIsValidOnTheOther() throws Exception {
		TestAssociation association = this.data.association("OCCE Deux Nœuds");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative Répartie");
		String[] args = { "--server.port=0",
				"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
				"--spring.profiles.active=" + String.join(",", this.environment.getActiveProfiles()) };
		try (ConfigurableApplicationContext second = SpringApplication.run(RetkoopApplication.class, args)) {
			int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
			assertThat(secondPort).isNotEqualTo(this.firstPort);

			HttpClientSession onFirst = new HttpClientSession("http://localhost:" + this.firstPort);
			assertThat(onFirst.login(coop.login(), TestData.COOP_PASSWORD)).endsWith("/");
			HttpClientSession onSecond = onFirst.sameCookiesAt("http://localhost:" + secondPort);
			HttpResponse<String> home = onSecond.get("/sommaire");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("Coopérative Répartie");

			onSecond.post("/deconnexion");
			HttpResponse<String> afterLogout = onFirst.get("/sommaire");
			assertThat(afterLogout.statusCode()).isEqualTo(302);
			assertThat(afterLogout.headers().firstValue("Location").orElse("")).endsWith("/connexion");
		}
	}

}
