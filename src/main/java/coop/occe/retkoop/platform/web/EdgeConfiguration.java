package coop.occe.retkoop.platform.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Filters at the edge, before sessions and security: forwarded headers from trusted
 * proxies only, and no control characters in parameters.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

	/**
	 * Right after the character encoding is set (so that parameters are decoded as
	 * UTF-8), before Spring Security (-100) reads the login form.
	 */
	static final int CONTROL_CHARACTER_ORDER = -105;

	/** Before everything that reads the client's address or the scheme. */
	static final int TRUSTED_PROXY_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(
				new ControlCharacterFilter());
		registration.setOrder(CONTROL_CHARACTER_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(
			@Value("${retkoop.trusted-proxies:127.0.0.1,::1}") List<String> trustedProxies) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(trustedProxies));
		registration.setOrder(TRUSTED_PROXY_ORDER);
		return registration;
	}

}
