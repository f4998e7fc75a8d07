package coop.occe.retkoop.membership;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Server time of the adhésion page with 40 classes, through the whole filter chain
 * (security, session, Thymeleaf) but without the network. Off by default; run with
 * {@code RETKOOP_BENCHMARK=1 ./mvnw -o test -Dtest=AdhesionPageBenchmark}.
 */
@EnabledIfEnvironmentVariable(named = "RETKOOP_BENCHMARK", matches = "1")
class AdhesionPageBenchmark extends MembershipTestSupport {

	static final int WARM_UP = 300;

	static final int MEASURED = 1000;

	@Test
	void adhesionPageWith40ClassesAnswersUnder50MsAtThe95thPercentile() throws Exception {
		openAdhesions(true);
		for (int i = 1; i <= 40; i++) {
			addClass("Classe " + i, "ENSEIGNANT " + i, "classe" + i + "@ecole.test", "1", Integer.toString(20 + i % 8));
		}
		assertThat(page().select("tbody td.rk-class-name")).hasSize(40);
		for (int i = 0; i < WARM_UP; i++) {
			this.mvc.perform(get("/coop/adhesion").cookie(this.session)).andReturn();
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			int status = this.mvc.perform(get("/coop/adhesion").cookie(this.session))
				.andReturn()
				.getResponse()
				.getStatus();
			nanos[i] = System.nanoTime() - start;
			assertThat(status).isEqualTo(200);
		}
		Arrays.sort(nanos);
		double p50 = percentile(nanos, 50);
		double p95 = percentile(nanos, 95);
		double p99 = percentile(nanos, 99);
		System.out.printf("%nAdhésion page, 40 classes, %d requests: p50 = %.1f ms, p95 = %.1f ms, p99 = %.1f ms%n%n",
				MEASURED, p50, p95, p99);
		assertThat(p95).as("p95 in ms").isLessThan(50);
	}

	private static double percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

}
