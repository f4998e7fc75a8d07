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
 * text field. The names of uploaded files are looked at too (a NUL in one made storing
 * the upload fail on PostgreSQL); their content is not. The answer is the French 400
 * page.
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
		if (hasRefusedFileName(request)) {
			return true;
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

	private static boolean hasRefusedFileName(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		if (request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart) {
			return multipart.getMultiFileMap()
				.values()
				.stream()
				.flatMap(java.util.List::stream)
				.anyMatch((file) -> isRefused(file.getOriginalFilename()));
		}
		try {
			for (jakarta.servlet.http.Part part : request.getParts()) {
				if (isRefused(part.getSubmittedFileName())) {
					return true;
				}
			}
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			// An unreadable multipart body (too large, say) is answered further on.
			return false;
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
