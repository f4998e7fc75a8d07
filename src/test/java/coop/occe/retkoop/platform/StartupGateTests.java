package coop.occe.retkoop.platform;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import coop.occe.retkoop.RetkoopApplication;
import coop.occe.retkoop.support.HttpClientSession;
import coop.occe.retkoop.support.TestData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose start-up work is not done takes no login: a second node is started on the
 * test database with one more start-up runner that waits until the test lets it end.
 * While it waits, the login page and the login itself answer "Retkoop démarre…" (503,
 * Retry-After) and readiness is DOWN; once it ends, the same login succeeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartupGateTests extends WebTestSupport {

	@Autowired
	private Environment environment;

	@Test
	void aLoginBeforeTheStartUpWorkIsDoneIsAskedToWaitNeverRefused() throws Exception {
		TestAssociation association = this.data.association("OCCE Démarrage");
		TestCooperative coop = this.data.readyCooperative(association, "Coopérative Matinale");
		CountDownLatch startUpWorkMayEnd = new CountDownLatch(1);
		CompletableFuture<Integer> portDuringStartUpWork = new CompletableFuture<>();
		SpringApplication node = new SpringApplication(RetkoopApplication.class);
		node.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton("slowStartUpWork", (ApplicationRunner) (arguments) -> {
				portDuringStartUpWork
					.complete(Integer.valueOf(context.getEnvironment().getProperty("local.server.port")));
				startUpWorkMayEnd.await(2, TimeUnit.MINUTES);
			}));
		String[] args = { "--server.port=0",
				"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
				"--spring.profiles.active=" + String.join(",", this.environment.getActiveProfiles()) };
		ExecutorService starter = Executors.newSingleThreadExecutor();
		Future<ConfigurableApplicationContext> started = starter.submit(() -> node.run(args));
		try {
			String baseUrl = "http://localhost:" + portDuringStartUpWork.get(3, TimeUnit.MINUTES);
			HttpClientSession early = new HttpClientSession(baseUrl);

			HttpResponse<String> loginPage = early.get("/connexion");
			assertThat(loginPage.statusCode()).isEqualTo(503);
			assertThat(loginPage.headers().firstValue("Retry-After")).contains("5");
			assertThat(loginPage.body()).contains("Retkoop démarre…");

			HttpResponse<String> login = early.post("/connexion", "identifiant", coop.login(), "motDePasse",
					TestData.COOP_PASSWORD);
			assertThat(login.statusCode()).isEqualTo(503);
			assertThat(login.headers().firstValue("Location")).isEmpty();
			assertThat(login.body()).contains("Retkoop démarre…").doesNotContain("incorrect");

			HttpResponse<String> readiness = early.get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");
		}
		finally {
			startUpWorkMayEnd.countDown();
		}
		try (ConfigurableApplicationContext context = started.get(3, TimeUnit.MINUTES)) {
			String baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			HttpClientSession later = new HttpClientSession(baseUrl);
			HttpResponse<String> readiness = later.get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("UP");
			assertThat(later.get("/connexion").statusCode()).isEqualTo(200);
			assertThat(later.login(coop.login(), TestData.COOP_PASSWORD)).endsWith("/");
		}
		finally {
			starter.shutdownNow();
		}
	}

}
