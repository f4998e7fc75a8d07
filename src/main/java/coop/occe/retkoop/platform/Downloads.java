package coop.occe.retkoop.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;

/**
 * The {@code Content-Disposition} header of a file handed out, built by the framework so
 * that any name survives: quotes and backslashes escaped, accented letters and "€" in an
 * RFC 5987 {@code filename*} (written by hand, a name with "€" lost its header).
 */
public final class Downloads {

	private Downloads() {
	}

	/** Saved by the browser under {@code fileName}. */
	public static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

	/** Shown by the browser, saved under {@code fileName}. */
	public static String inline(String fileName) {
		return ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
