package coop.occe.retkoop.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the zone of the OCCE's users.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Bean
	Clock clock() {
		return Clock.system(PARIS);
	}

}
