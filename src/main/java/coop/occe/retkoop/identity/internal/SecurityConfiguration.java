package coop.occe.retkoop.identity.internal;

import coop.occe.retkoop.shared.Role;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login, roles per URL family, CSRF (on by default), security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginOutcomeHandlers outcomes,
			SecurityContextRepository contextRepository, AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/connexion", "/connexion/debloquer/**", "/mot-de-passe-oublie", "/mot-de-passe-oublie/**",
					"/webjars/**", "/assets/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
					"/verification", "/quitus/**")
			.permitAll()
			.requestMatchers("/federation", "/federation/**")
			.hasRole(Role.FEDERATION_ADMIN.name())
			.requestMatchers("/ad", "/ad/**")
			.hasAnyRole(Role.AD_STAFF.name(), Role.FEDERATION_ADMIN.name())
			.requestMatchers("/sommaire", "/coop/**")
			.hasRole(Role.MANDATARY.name())
			.requestMatchers("/classe", "/classe/**")
			.hasRole(Role.CLASS_TEACHER.name())
			.anyRequest()
			.authenticated());
		http.securityContext((context) -> context.securityContextRepository(contextRepository));
		http.formLogin((form) -> form.loginPage("/connexion")
			.loginProcessingUrl("/connexion")
			.usernameParameter("identifiant")
			.passwordParameter("motDePasse")
			.successHandler(outcomes.success())
			.failureHandler(outcomes.failure())
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/deconnexion")
			.logoutSuccessUrl("/connexion?deconnecte")
			.deleteCookies("RETKOOP_SESSION"));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.addFilterAfter(new ForcePasswordChangeFilter(), AuthorizationFilter.class);
		return http.build();
	}

}
