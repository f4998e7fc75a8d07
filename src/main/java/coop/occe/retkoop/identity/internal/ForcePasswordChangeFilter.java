package coop.occe.retkoop.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the initial password is still in use, every URL leads to the password change
 * page.
 */
class ForcePasswordChangeFilter extends OncePerRequestFilter {

	static final String CHANGE_URL = "/mot-de-passe";

	private static final List<String> ALLOWED_PREFIXES = List.of(CHANGE_URL, "/deconnexion", "/webjars/", "/assets/",
			"/error", "/actuator/health", "/favicon");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof RetkoopUser user
				&& user.isMustChangePassword() && !allowed(request)) {
			response.sendRedirect(request.getContextPath() + CHANGE_URL);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
