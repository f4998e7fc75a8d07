package coop.occe.retkoop.platform;

import java.util.Arrays;

/**
 * Recognises an uploaded scan from its first bytes, never from its name: JPEG, PNG or
 * PDF, at most 10 MB. Every upload of a signed paper or a proof goes through it.
 */
public final class ScanCheck {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private ScanCheck() {
	}

	/** Why a file is refused. */
	public enum Refusal {

		EMPTY, TOO_LARGE, WRONG_TYPE

	}

	/** The content type of an accepted file, or why it is refused. */
	public record Result(String contentType, Refusal refusal) {

		public boolean accepted() {
			return this.refusal == null;
		}

	}

	public static Result check(byte[] content) {
		if (content == null || content.length == 0) {
			return new Result(null, Refusal.EMPTY);
		}
		if (content.length > MAX_BYTES) {
			return new Result(null, Refusal.TOO_LARGE);
		}
		if (startsWith(content, JPEG)) {
			return new Result("image/jpeg", null);
		}
		if (startsWith(content, PNG)) {
			return new Result("image/png", null);
		}
		if (startsWith(content, PDF)) {
			return new Result("application/pdf", null);
		}
		return new Result(null, Refusal.WRONG_TYPE);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
