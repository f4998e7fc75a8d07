package coop.occe.retkoop.identity.internal;

import java.io.IOException;

import coop.occe.retkoop.identity.Identifiant;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Actor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a login attempt: the audit line, the failure count, where to go.
 */
@Component
public class LoginOutcomeHandlers {

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	LoginOutcomeHandlers(LoginThrottle throttle, AccountRepository accounts, AuditTrail audit) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.audit = audit;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				Actor actor = ((RetkoopUser) authentication.getPrincipal()).actor();
				LoginOutcomeHandlers.this.throttle.clear(actor.login());
				LoginOutcomeHandlers.this.audit.recordAs(actor.login(), actor.accountId(),
						AuditEvent.of("LOGIN_SUCCESS", actor.associationId(), actor.cooperativeId(), actor.login()));
				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
		handler.setDefaultTargetUrl("/");
		handler.setAlwaysUseDefaultTargetUrl(true);
		return handler;
	}

	AuthenticationFailureHandler failure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String login = Identifiant.normalizeLogin(request.getParameter("identifiant"));
			boolean locked = exception instanceof LockedException;
			if (!locked && !login.isEmpty()) {
				locked = this.throttle.recordFailure(login);
			}
			Account account = login.isEmpty() ? null : this.accounts.findByLogin(login).orElse(null);
			this.audit.recordAs(login, (account != null) ? account.id() : null,
					AuditEvent.of(locked ? "LOGIN_REFUSED_LOCKED" : "LOGIN_FAILURE",
							(account != null) ? account.associationId() : null,
							(account != null) ? account.cooperativeId() : null, login));
			request.getSession().setAttribute(LAST_IDENTIFIANT, request.getParameter("identifiant"));
			response.sendRedirect(request.getContextPath() + "/connexion?" + (locked ? "bloque" : "erreur"));
		};
	}

	/** The identifiant typed at the failed attempt, to show it again in the form. */
	public static final String LAST_IDENTIFIANT = "retkoop.lastIdentifiant";

}
