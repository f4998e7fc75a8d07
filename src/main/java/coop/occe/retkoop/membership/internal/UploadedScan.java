package coop.occe.retkoop.membership.internal;

import java.util.Arrays;

/**
 * Recognises a scan from its first bytes, never from its name: JPEG, PNG or PDF, at most
 * 10 MB.
 */
public final class UploadedScan {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private UploadedScan() {
	}

	/** The content type, or throws with the French message key of the refusal. */
	public static String contentTypeOf(byte[] content) {
		if (content == null || content.length == 0) {
			throw new MembershipException("membership.upload.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new MembershipException("membership.upload.tooLarge");
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		if (startsWith(content, PDF)) {
			return "application/pdf";
		}
		throw new MembershipException("membership.upload.wrongType");
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
