package coop.occe.retkoop.membership.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The engagement and the attestation as PDF, from Thymeleaf templates written as XHTML,
 * with an embedded font so that "€" and "’" print and can be found in the text.
 */
@Component
public class AdhesionPdfs {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ITemplateEngine templates;

	private final String baseUrl;

	AdhesionPdfs(ITemplateEngine templates, @Value("${retkoop.base-url}") String baseUrl) {
		this.templates = templates;
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
		Context context = new Context(Locale.FRANCE);
		extra.forEach(context::setVariable);
		context.setVariable("s", snapshot);
		context.setVariable("verificationUrl", this.baseUrl + "/verification");
		context.setVariable("validatedOn",
				(snapshot.adhesion().validatedAt() != null) ? DAY.format(snapshot.adhesion().validatedAt()) : "");
		String html = this.templates.process(template, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
