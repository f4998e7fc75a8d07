package coop.occe.retkoop.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the {@link Actor} of the current request from the security context.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	public static Actor get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in actor"));
	}

	/** Implemented by the security principal so that modules need not know its class. */
	public interface ActorPrincipal {

		Actor actor();

	}

}
