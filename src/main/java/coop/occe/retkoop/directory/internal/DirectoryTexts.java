package coop.occe.retkoop.directory.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The French words the directory writes itself (the audit trail's field names), read from
 * the message files like every text of the pages.
 */
@Component
public class DirectoryTexts {

	private final MessageSource messages;

	DirectoryTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.FRENCH);
	}

}
