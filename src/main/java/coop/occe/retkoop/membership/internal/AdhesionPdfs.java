package coop.occe.retkoop.membership.internal;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import coop.occe.retkoop.platform.PdfRenderer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engagement, the attestation and the mandataire change request as PDF.
 */
@Component
public class AdhesionPdfs {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PdfRenderer pdf;

	private final String baseUrl;

	AdhesionPdfs(PdfRenderer pdf, @Value("${retkoop.base-url}") String baseUrl) {
		this.pdf = pdf;
		this.baseUrl = baseUrl;
	}

	public byte[] engagement(AdhesionSnapshot snapshot) {
		return render("membership/pdf/engagement", snapshot);
	}

	/**
	 * The engagement with the mention of its signature online, kept as the signed
	 * engagement.
	 */
	public byte[] engagementSignedOnline(AdhesionSnapshot snapshot, String signature) {
		return render("membership/pdf/engagement", snapshot, Map.of("onlineSignature", signature));
	}

	public byte[] attestation(AdhesionSnapshot snapshot) {
		return render("membership/pdf/attestation", snapshot);
	}

	/** The printable request for the bank: new mandataire and signatories, to sign. */
	public byte[] mandataryChange(AdhesionSnapshot snapshot, String name, String email, String signatories) {
		return render("membership/pdf/mandatary-change", snapshot,
				Map.of("newName", (name != null) ? name : "", "newEmail", (email != null) ? email : "", "signatories",
						(signatories != null) ? signatories : "", "accountNumber",
						accountNumber(snapshot.cooperative().iban())));
	}

	/**
	 * The account number inside a French IBAN (after bank and branch codes), as the seed
	 * shows it.
	 */
	public static String accountNumber(String iban) {
		String compact = (iban != null) ? iban.replace(" ", "") : "";
		return (compact.startsWith("FR") && compact.length() == 27) ? compact.substring(14, 25) : compact;
	}

	private byte[] render(String template, AdhesionSnapshot snapshot) {
		return render(template, snapshot, Map.of());
	}

	private byte[] render(String template, AdhesionSnapshot snapshot, Map<String, Object> extra) {
		Map<String, Object> variables = new HashMap<>(extra);
		variables.put("s", snapshot);
		variables.put("verificationUrl", this.baseUrl + "/verification");
		variables.put("validatedOn",
				(snapshot.adhesion().validatedAt() != null) ? DAY.format(snapshot.adhesion().validatedAt()) : "");
		return this.pdf.render(template, variables);
	}

}
