package coop.occe.retkoop.membership.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

	public byte[] attestation(AdhesionSnapshot snapshot) {
		return render("membership/pdf/attestation", snapshot);
	}

	private byte[] render(String template, AdhesionSnapshot snapshot) {
		Context context = new Context(Locale.FRANCE);
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
