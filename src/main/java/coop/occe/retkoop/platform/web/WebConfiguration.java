package coop.occe.retkoop.platform.web;

import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Before Spring Security: no login is judged before the start-up work is done. */
	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability, ITemplateEngine templates) {
		FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(
				new StartupGate(availability, templates));
		registration.setOrder(-1000);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AssociationScopeInterceptor()).addPathPatterns("/ad/**");
	}

}
