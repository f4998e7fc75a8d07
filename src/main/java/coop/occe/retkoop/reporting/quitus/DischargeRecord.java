package coop.occe.retkoop.reporting.quitus;

import java.time.LocalDate;
import java.util.List;

/**
 * The quitus of a cooperative's year as the CRF prints it and its snapshot keeps it: each
 * vérificateur with their quality, the day they were invited and the day and content of
 * their answer; the day a paper quitus was uploaded, if one was; whether the list is
 * frozen (the CRF was sent).
 */
public record DischargeRecord(List<Entry> verifiers, LocalDate paperUploadedOn, boolean frozen) {

	public DischargeRecord {
		verifiers = List.copyOf(verifiers);
	}

	/**
	 * One vérificateur; {@code answer}, {@code answeredOn} and {@code comment} may be
	 * null.
	 */
	public record Entry(String name, VerifierQuality quality, LocalDate invitedOn, VerifierAnswer answer,
			LocalDate answeredOn, String comment) {

	}

}
