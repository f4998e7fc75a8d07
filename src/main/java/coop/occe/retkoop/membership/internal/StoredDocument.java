package coop.occe.retkoop.membership.internal;

import java.time.OffsetDateTime;

/**
 * A file uploaded for an adhésion (the signed engagement), kept in the database next to
 * the adhésion it belongs to, so that it is isolated per cooperative by construction.
 */
public record StoredDocument(long adhesionId, DocumentKind kind, String fileName, String contentType, long size,
		OffsetDateTime uploadedAt, byte[] content) {

	public enum DocumentKind {

		ENGAGEMENT

	}

}
