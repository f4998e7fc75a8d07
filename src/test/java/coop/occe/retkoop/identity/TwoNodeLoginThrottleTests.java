package coop.occe.retkoop.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.occe.retkoop.RetkoopApplication;
import coop.occe.retkoop.support.HttpClientSession;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database: failures count across both, and 40 logins fired
 * at once on both check no more than five passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoNodeLoginThrottleTests extends WebTestSupport {

	@LocalServerPort
	private int firstPort;

	@Autowired
	private Environment environment;

	@Test
	void theThrottleCountsAcrossNodesAndHoldsUnderParallelAttempts() throws Exception {
		TestAssociation association = this.data.association("OCCE Deux Portes");
		TestCooperative sequential = this.data.readyCooperative(association, "Coopérative Séquentielle");
		TestCooperative parallel = this.data.readyCooperative(association, "Coopérative Parallèle");
		String[] args = { "--server.port=0",
				"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
				"--spring.profiles.active=" + String.join(",", this.environment.getActiveProfiles()) };
		try (ConfigurableApplicationContext second = SpringApplication.run(RetkoopApplication.class, args)) {
			String[] nodes = { "http://localhost:" + this.firstPort,
					"http://localhost:" + second.getEnvironment().getProperty("local.server.port") };

			for (int i = 0; i < 4; i++) {
				assertThat(new HttpClientSession(nodes[i % 2]).login(sequential.login(), "faux"))
					.endsWith("/connexion?erreur");
			}
			assertThat(new HttpClientSession(nodes[0]).login(sequential.login(), "faux")).endsWith("/connexion?bloque");
			assertThat(new HttpClientSession(nodes[1]).login(sequential.login(), TestData.COOP_PASSWORD))
				.as("blocked on the other node too")
				.endsWith("/connexion?bloque");

			int attempts = 40;
			ExecutorService pool = Executors.newFixedThreadPool(attempts);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> outcomes = new ArrayList<>();
			try {
				for (int i = 0; i < attempts; i++) {
					String node = nodes[i % 2];
					String password = (i == 23) ? TestData.COOP_PASSWORD : "faux-" + i;
					Callable<String> attempt = () -> {
						HttpClientSession browser = new HttpClientSession(node);
						browser.get("/connexion");
						start.await();
						return browser.post("/connexion", "identifiant", parallel.login(), "motDePasse", password)
							.headers()
							.firstValue("Location")
							.orElse("");
					};
					outcomes.add(pool.submit(attempt));
				}
				start.countDown();
				int refused = 0;
				for (Future<String> outcome : outcomes) {
					if (outcome.get().endsWith("/connexion?bloque")) {
						refused++;
					}
				}
				long checked = this.jdbc.sql("""
						SELECT COUNT(*) FROM platform_audit_event
						WHERE target_label = ? AND action IN ('LOGIN_FAILURE', 'LOGIN_SUCCESS')""")
					.param(parallel.login())
					.query(Long.class)
					.single();
				assertThat(checked).as("passwords checked on both nodes").isBetween(1L, 5L);
				assertThat(refused).isGreaterThanOrEqualTo(attempts - 5);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

}
