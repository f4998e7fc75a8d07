package coop.occe.retkoop.ledger.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The column names of the cash book's CSV and XLSX exports and the mark of a cancelled
 * entry, from the French message files.
 */
@Component
class ExportColumns {

	private final MessageSource messages;

	ExportColumns(MessageSource messages) {
		this.messages = messages;
	}

	List<String> names() {
		return Arrays.asList(
				this.messages.getMessage("ledger.export.columns", null, LocaleContextHolder.getLocale()).split(";"));
	}

	/** The name of the spreadsheet's sheet: "Cahier 2026". */
	String sheet(int startYear) {
		return this.messages.getMessage("ledger.export.sheet", new Object[] { Integer.toString(startYear) },
				LocaleContextHolder.getLocale());
	}

	/** What the "annulée" column says of an entry: "oui" when cancelled, else nothing. */
	String cancelled(boolean cancelled) {
		return cancelled ? this.messages.getMessage("ledger.export.cancelled", null, LocaleContextHolder.getLocale())
				: "";
	}

}
