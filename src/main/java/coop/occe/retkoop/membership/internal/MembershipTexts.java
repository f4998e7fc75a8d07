package coop.occe.retkoop.membership.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The French words the membership writes itself (audit trail, default file names), read
 * from the message files like every text of the pages.
 */
@Component
class MembershipTexts {

	private final MessageSource messages;

	MembershipTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.FRENCH);
	}

}
