package coop.occe.retkoop.reporting.quitus;

import java.util.Arrays;
import java.util.Optional;

/** What a vérificateur answered. */
public enum VerifierAnswer {

	GIVEN, REFUSED;

	static Optional<VerifierAnswer> offered(String typed) {
		return Arrays.stream(values()).filter((answer) -> answer.name().equals(typed)).findFirst();
	}

}
