package coop.occe.retkoop.reporting.quitus;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a vérificateur is for the cooperative; the AD's rule may require a parent among
 * those who give quitus. Its label is the message
 * {@code reporting.quitus.quality.<NAME>}.
 */
public enum VerifierQuality {

	PARENT, TEACHER, OTHER;

	/** The quality named exactly as the page offers it. */
	static Optional<VerifierQuality> offered(String typed) {
		return Arrays.stream(values()).filter((quality) -> quality.name().equals(typed)).findFirst();
	}

}
