package coop.occe.retkoop.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling and reset-link settings ({@code retkoop.security.*}).
 *
 * @param maxFailedLogins failures allowed per identifiant and source before a block
 * @param lockDuration the first block of an identifiant from one source; each further
 * block of the same pair lasts twice as long, up to {@code maxBlock}
 * @param maxBlock the longest block of one pair
 * @param distributedSources how many different sources failing on one identifiant within
 * {@code distributedWindow} prove a distributed attack and lock the account itself
 * @param distributedWindow see {@code distributedSources}
 * @param accountLockDuration how long an account lock lasts unless its owner lifts it
 * with the mailed link
 * @param resetLinkValidity how long a password-reset link works
 */
@ConfigurationProperties("retkoop.security")
public record SecurityProperties(int maxFailedLogins, Duration lockDuration, Duration maxBlock, int distributedSources,
		Duration distributedWindow, Duration accountLockDuration, Duration resetLinkValidity) {

	public SecurityProperties {
		maxFailedLogins = (maxFailedLogins <= 0) ? 5 : maxFailedLogins;
		lockDuration = (lockDuration != null) ? lockDuration : Duration.ofMinutes(15);
		maxBlock = (maxBlock != null) ? maxBlock : Duration.ofHours(24);
		distributedSources = (distributedSources <= 0) ? 10 : distributedSources;
		distributedWindow = (distributedWindow != null) ? distributedWindow : Duration.ofHours(1);
		accountLockDuration = (accountLockDuration != null) ? accountLockDuration : Duration.ofHours(1);
		resetLinkValidity = (resetLinkValidity != null) ? resetLinkValidity : Duration.ofHours(1);
	}

	/**
	 * The block after {@code previousBlocks} earlier ones of the same identifiant and
	 * source.
	 */
	Duration block(int previousBlocks) {
		Duration block = this.lockDuration.multipliedBy(1L << Math.min(Math.max(previousBlocks, 0), 16));
		return (block.compareTo(this.maxBlock) > 0) ? this.maxBlock : block;
	}

}
