package coop.occe.retkoop.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Tests run on 28 November 2026 in Paris, whatever the day they run: the school year, the
 * adhésion window and the dates typed in tests (1 September 2026 → 31 August 2027) stay
 * valid in later years.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class FixedClockConfiguration {

	public static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

	@Bean
	@Primary
	Clock fixedTestClock() {
		return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
	}

}
