package coop.occe.retkoop.identity.internal;

import java.io.IOException;

import coop.occe.retkoop.identity.Identifiant;
import coop.occe.retkoop.identity.internal.ThrottledAuthenticationProvider.ThrottledLoginException;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Actor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a login attempt: the audit line and where to go. "LOGIN_FAILURE"
 * lines are the attempts whose password was checked.
 */
@Component
public class LoginOutcomeHandlers {

	private final AccountRepository accounts;

	private final AuditTrail audit;

	LoginOutcomeHandlers(AccountRepository accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				Actor actor = ((RetkoopUser) authentication.getPrincipal()).actor();
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
			if (exception instanceof ThrottledAuthenticationProvider.LoginTooLongException) {
				request.getSession().removeAttribute(LAST_IDENTIFIANT);
				response.sendRedirect(request.getContextPath() + "/connexion?tropLong");
				return;
			}
			String login = Identifiant.normalizeLogin(request.getParameter("identifiant"));
			ThrottledLoginException throttled = (exception instanceof ThrottledLoginException refusal) ? refusal : null;
			boolean checked = throttled == null || throttled.passwordChecked();
			Account account = login.isEmpty() ? null : this.accounts.findByLogin(login).orElse(null);
			this.audit.recordAs(login, (account != null) ? account.id() : null,
					AuditEvent.of(checked ? "LOGIN_FAILURE" : "LOGIN_REFUSED_LOCKED",
							(account != null) ? account.associationId() : null,
							(account != null) ? account.cooperativeId() : null, login));
			request.getSession().setAttribute(LAST_IDENTIFIANT, request.getParameter("identifiant"));
			String outcome = "erreur";
			if (throttled != null) {
				outcome = throttled.accountLocked() ? "compteBloque" : "bloque";
			}
			response.sendRedirect(request.getContextPath() + "/connexion?" + outcome);
		};
	}

	/** The identifiant typed at the failed attempt, to show it again in the form. */
	public static final String LAST_IDENTIFIANT = "retkoop.lastIdentifiant";

}
