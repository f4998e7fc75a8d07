package coop.occe.retkoop.identity.internal;

import java.nio.charset.StandardCharsets;

import coop.occe.retkoop.identity.Identifiant;
import coop.occe.retkoop.identity.internal.LoginThrottle.Outcome;
import coop.occe.retkoop.identity.internal.LoginThrottle.Verdict;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Reserves the attempt in the {@link LoginThrottle} before even looking at the password,
 * the same way whether the identifiant exists or not, and records its failure.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String typed = authentication.getName();
		if (typed != null && typed.length() > Identifiant.MAX_LOGIN_LENGTH) {
			throw new LoginTooLongException();
		}
		String login = Identifiant.normalizeLogin(typed);
		String source = sourceOf(authentication);
		Verdict verdict = this.throttle.reserve(login, source);
		if (verdict != Verdict.RESERVED) {
			throw new ThrottledLoginException(false, verdict == Verdict.ACCOUNT_LOCKED, null);
		}
		try {
			Object credentials = authentication.getCredentials();
			if (credentials != null && credentials.toString().getBytes(StandardCharsets.UTF_8).length > 72) {
				// bcrypt reads 72 bytes at most: no password of ours is longer.
				throw new BadCredentialsException("Password longer than bcrypt's limit");
			}
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(login, source);
			return result;
		}
		catch (AuthenticationException ex) {
			Outcome outcome = this.throttle.recordFailure(login, source);
			if (outcome == Outcome.FAILED) {
				throw ex;
			}
			throw new ThrottledLoginException(true, outcome == Outcome.ACCOUNT_LOCKED, ex);
		}
	}

	private static String sourceOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The identifiant typed is longer than any login. */
	static class LoginTooLongException extends BadCredentialsException {

		LoginTooLongException() {
			super("Identifiant too long");
		}

	}

	/**
	 * Refused by the throttle: before the password was checked, or after the failure that
	 * used up the last attempt.
	 */
	static class ThrottledLoginException extends LockedException {

		private final boolean passwordChecked;

		private final boolean accountLocked;

		ThrottledLoginException(boolean passwordChecked, boolean accountLocked, Throwable cause) {
			super("Too many failures", cause);
			this.passwordChecked = passwordChecked;
			this.accountLocked = accountLocked;
		}

		boolean passwordChecked() {
			return this.passwordChecked;
		}

		boolean accountLocked() {
			return this.accountLocked;
		}

	}

}
