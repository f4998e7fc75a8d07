package coop.occe.retkoop.ledger.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The column names of the cash book's CSV and XLSX exports, from the French message
 * files.
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

}
