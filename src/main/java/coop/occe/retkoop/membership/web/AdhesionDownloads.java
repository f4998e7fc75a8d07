package coop.occe.retkoop.membership.web;

import java.nio.charset.StandardCharsets;

import coop.occe.retkoop.membership.internal.StoredDocument;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The responses that hand a document of the adhésion to the browser. */
final class AdhesionDownloads {

	private AdhesionDownloads() {
	}

	/** A PDF made here, shown in the browser. */
	static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	/** A document a user uploaded, with the type read from its bytes. */
	static ResponseEntity<byte[]> file(StoredDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

	/** An export to save. */
	static ResponseEntity<byte[]> attachment(byte[] content, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
