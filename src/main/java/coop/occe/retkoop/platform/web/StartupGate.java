package coop.occe.retkoop.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every page closed until the application's start-up work is done. The web server
 * answers as soon as the context is refreshed, before the start-up runners (demo data,
 * any later start-up job) have finished: a login in those seconds was refused as a wrong
 * password. Spring Boot marks the application ready to take traffic
 * ({@link ReadinessState#ACCEPTING_TRAFFIC}) only after every runner; until then each
 * page answers "Retkoop démarre…" with 503 and {@code Retry-After}, and the readiness
 * health group ({@code /actuator/health/readiness}) says DOWN. The health endpoints and
 * the start-up page's own style sheets stay open.
 */
class StartupGate extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	/** The application's only locale ({@code spring.web.locale}). */
	private static final Locale LOCALE = Locale.FRANCE;

	private final ApplicationAvailability availability;

	private final ITemplateEngine templates;

	StartupGate(ApplicationAvailability availability, ITemplateEngine templates) {
		this.availability = availability;
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || staysOpen(request)) {
			chain.doFilter(request, response);
			return;
		}
		Context model = new Context(LOCALE);
		model.setVariable("retryAfter", RETRY_AFTER_SECONDS);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.templates.process("platform/starting", model));
	}

	private static boolean staysOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/health") || path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
