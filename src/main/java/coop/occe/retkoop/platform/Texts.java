package coop.occe.retkoop.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The French words a module writes itself (audit trail, default labels and file names,
 * exports), read from the message files like every text of the pages: no French text in
 * Java ({@code NoFrenchInJavaTests}).
 */
@Component
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.FRENCH);
	}

}
