package coop.occe.retkoop.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a TLS proxy: honours {@code X-Forwarded-Proto}, {@code -Host}, {@code -Port},
 * {@code -Prefix} and {@code -For} only when the request comes from one of the trusted
 * proxies ({@code retkoop.trusted-proxies}, addresses or CIDR ranges), so that redirects
 * keep https, the request counts as secure (HSTS is sent) and the audit trail records the
 * client's address. From anyone else, the forwarded headers are removed unread.
 * <p>
 * The client's address is the right-most address of {@code X-Forwarded-For} that is not a
 * trusted proxy: the left-most one is whatever the client chose to send.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

	private static final Pattern IP_LITERAL = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

	private static final String FORWARDED_FOR = "x-forwarded-for";

	private final List<IpAddressMatcher> trusted = new ArrayList<>();

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	TrustedProxyFilter(List<String> trustedProxies) {
		for (String proxy : trustedProxies) {
			if (!proxy.isBlank()) {
				this.trusted.add(new IpAddressMatcher(proxy.strip()));
			}
		}
		this.remove.setRemoveOnly(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isTrusted(request.getRemoteAddr())) {
			this.remove.doFilter(request, response, chain);
			return;
		}
		this.apply.doFilter(new ClientRequest(request, clientAddress(request)), response, chain);
	}

	private String clientAddress(HttpServletRequest request) {
		String client = request.getRemoteAddr();
		List<String> hops = new ArrayList<>();
		for (Enumeration<String> headers = request.getHeaders(FORWARDED_FOR); headers.hasMoreElements();) {
			for (String hop : headers.nextElement().split(",")) {
				hops.add(hop.strip());
			}
		}
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!IP_LITERAL.matcher(hop).matches()) {
				break;
			}
			client = hop;
			if (!isTrusted(hop)) {
				break;
			}
		}
		return client;
	}

	private boolean isTrusted(String address) {
		if (address == null || !IP_LITERAL.matcher(address).matches()) {
			return false;
		}
		for (IpAddressMatcher matcher : this.trusted) {
			try {
				if (matcher.matches(address)) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The request as the client made it: its address instead of the proxy's, and no
	 * {@code X-Forwarded-For} nor {@code Forwarded} header left for anyone else to read.
	 */
	private static final class ClientRequest extends HttpServletRequestWrapper {

		private final String client;

		ClientRequest(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = new ArrayList<>();
			for (Enumeration<String> all = super.getHeaderNames(); all.hasMoreElements();) {
				String name = all.nextElement();
				if (!hidden(name)) {
					names.add(name);
				}
			}
			return Collections.enumeration(names);
		}

		private static boolean hidden(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			return lower.equals(FORWARDED_FOR) || lower.equals("forwarded");
		}

	}

}
