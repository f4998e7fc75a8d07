package coop.occe.retkoop.membership.internal;

/**
 * A refusal the person can understand: carries the key of a French message.
 */
public class MembershipException extends RuntimeException {

	private final String messageKey;

	public MembershipException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
