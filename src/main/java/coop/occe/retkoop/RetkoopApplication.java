package coop.occe.retkoop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RetkoopApplication {

	public static void main(String[] args) {
		SpringApplication.run(RetkoopApplication.class, args);
	}

}
