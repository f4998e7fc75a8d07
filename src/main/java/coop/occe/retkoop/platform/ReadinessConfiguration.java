package coop.occe.retkoop.platform;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.application.AvailabilityStateHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The readiness health group ({@code /actuator/health/readiness}) says DOWN, not Spring
 * Boot's OUT_OF_SERVICE, while the application refuses traffic: until its start-up work
 * (migrations, demo data, start-up runners) is done, it serves no page (see
 * {@code platform.web.StartupGate}).
 */
@Configuration(proxyBeanMethods = false)
class ReadinessConfiguration {

	/** Replaces Spring Boot's indicator of the same name. */
	@Bean
	AvailabilityStateHealthIndicator readinessStateHealthIndicator(ApplicationAvailability availability) {
		return new AvailabilityStateHealthIndicator(availability, ReadinessState.class, (statuses) -> {
			statuses.add(ReadinessState.ACCEPTING_TRAFFIC, Status.UP);
			statuses.add(ReadinessState.REFUSING_TRAFFIC, Status.DOWN);
		});
	}

}
