package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.platform.ScanCheck;

/**
 * The membership's reading of an uploaded scan: JPEG, PNG or PDF recognised from its
 * bytes and opened (see {@link ScanCheck}), at most 10 MB, refused with the membership's
 * French messages.
 */
public final class UploadedScan {

	public static final long MAX_BYTES = ScanCheck.MAX_BYTES;

	private UploadedScan() {
	}

	/** The content type, or throws with the French message key of the refusal. */
	public static String contentTypeOf(byte[] content) {
		ScanCheck.Result result = ScanCheck.check(content);
		if (result.accepted()) {
			return result.contentType();
		}
		throw new MembershipException(switch (result.refusal()) {
			case EMPTY -> "membership.upload.empty";
			case TOO_LARGE -> "membership.upload.tooLarge";
			case WRONG_TYPE -> "membership.upload.wrongType";
			case UNREADABLE -> "membership.upload.unreadable";
			case TOO_MANY_PIXELS -> "membership.upload.tooManyPixels";
		});
	}

}
