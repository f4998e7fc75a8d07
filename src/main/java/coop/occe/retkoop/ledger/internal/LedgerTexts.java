package coop.occe.retkoop.ledger.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The French words the ledger writes itself (audit trail, default labels, exports), read
 * from the message files like every text of the pages.
 */
@Component
public class LedgerTexts {

	private final MessageSource messages;

	LedgerTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.FRENCH);
	}

}
