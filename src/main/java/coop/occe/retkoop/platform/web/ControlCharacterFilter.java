package coop.occe.retkoop.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads them, request parameters (names or values, from the
 * query string or a form, multipart forms included) that contain a control character
 * other than tab, line feed and carriage return: a NUL byte made PostgreSQL fail on any
 * text field. The answer is the French 400 page. Uploaded files are not parameters and
 * are not looked at.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasControlCharacter(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasControlCharacter(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// An unreadable multipart body (too large, say) is answered further on.
			return false;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (isRefused(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (isRefused(value)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean isRefused(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
				return true;
			}
		}
		return false;
	}

}
