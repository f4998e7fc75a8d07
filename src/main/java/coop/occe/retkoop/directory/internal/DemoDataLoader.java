package coop.occe.retkoop.directory.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start-up of the embedded default and prints the demo logins. Off
 * in the "postgres" profile.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "retkoop.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoData demoData;

	private final String baseUrl;

	DemoDataLoader(DemoData demoData, @Value("${retkoop.base-url}") String baseUrl) {
		this.demoData = demoData;
		this.baseUrl = baseUrl;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> logins = this.demoData.load();
		StringBuilder banner = new StringBuilder("\n\n========== Retkoop : données de démonstration ==========\n");
		banner.append("Ouvrir ").append(this.baseUrl).append(" et se connecter avec :\n");
		logins.forEach((line) -> banner.append("  ").append(line).append('\n'));
		banner.append("=========================================================\n");
		log.info(banner.toString());
	}

}
