package coop.occe.retkoop.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of a login, on every node: when its account is switched off or
 * its password is replaced by the AD, whoever was using it is out at the next click.
 */
@Component
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public void endSessionsOf(String login) {
		endOtherSessionsOf(login, null);
	}

	/**
	 * Ends every session of a login but {@code keptSessionId} (the one that changed the
	 * password).
	 */
	public void endOtherSessionsOf(String login, String keptSessionId) {
		this.sessions.findByPrincipalName(login)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
