package coop.occe.retkoop.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock-out and reset-link settings ({@code retkoop.security.*}).
 */
@ConfigurationProperties("retkoop.security")
public record SecurityProperties(int maxFailedLogins, Duration lockDuration, Duration resetLinkValidity) {

	public SecurityProperties {
		maxFailedLogins = (maxFailedLogins <= 0) ? 5 : maxFailedLogins;
		lockDuration = (lockDuration != null) ? lockDuration : Duration.ofMinutes(15);
		resetLinkValidity = (resetLinkValidity != null) ? resetLinkValidity : Duration.ofHours(1);
	}

}
