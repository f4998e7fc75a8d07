package coop.occe.retkoop.ledger.internal;

import coop.occe.retkoop.platform.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.EntryView;

/** An entry as the audit trail records it, field by field, in the AD's words. */
public final class EntryDescriptions {

	private EntryDescriptions() {
	}

	public static Map<String, String> of(Texts texts, String voucher, EntryDraft draft, BalancedLines lines) {
		return fields(texts, voucher, draft.date().toString(), draft.label(), draft.amount().format(),
				(draft.means() != null) ? draft.means().name() : "", draft.chequeNumber(),
				lines.lines()
					.stream()
					.map((line) -> line.accountCode() + " " + line.amount().formatNumber())
					.collect(Collectors.joining(" ; ")));
	}

	public static Map<String, String> of(Texts texts, EntryView entry) {
		return fields(texts, entry.voucher(), entry.date().toString(), entry.label(), entry.amount().format(),
				(entry.means() != null) ? entry.means().name() : "",
				(entry.chequeNumber() != null) ? entry.chequeNumber() : "",
				entry.lines()
					.stream()
					.map((line) -> line.accountCode() + " " + line.amount().formatNumber())
					.collect(Collectors.joining(" ; ")));
	}

	private static Map<String, String> fields(Texts texts, String voucher, String date, String label, String amount,
			String means, String cheque, String lines) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(texts.text("ledger.audit.field.voucher"), voucher);
		fields.put(texts.text("ledger.audit.field.date"), date);
		fields.put(texts.text("ledger.audit.field.label"), label);
		fields.put(texts.text("ledger.audit.field.amount"), amount);
		fields.put(texts.text("ledger.audit.field.means"), means);
		fields.put(texts.text("ledger.audit.field.cheque"), cheque);
		fields.put(texts.text("ledger.audit.field.lines"), lines);
		return fields;
	}

}
