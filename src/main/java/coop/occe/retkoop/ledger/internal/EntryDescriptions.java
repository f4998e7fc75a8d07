package coop.occe.retkoop.ledger.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.EntryView;

/** An entry as the audit trail records it, field by field. */
public final class EntryDescriptions {

	private EntryDescriptions() {
	}

	public static Map<String, String> of(String voucher, EntryDraft draft, BalancedLines lines) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pièce", voucher);
		fields.put("date", draft.date().toString());
		fields.put("libellé", draft.label());
		fields.put("montant", draft.amount().format());
		fields.put("paiement", (draft.means() != null) ? draft.means().name() : "");
		fields.put("chèque", draft.chequeNumber());
		fields.put("lignes",
				lines.lines()
					.stream()
					.map((line) -> line.accountCode() + " " + line.amount().formatNumber())
					.collect(Collectors.joining(" ; ")));
		return fields;
	}

	public static Map<String, String> of(EntryView entry) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pièce", entry.voucher());
		fields.put("date", entry.date().toString());
		fields.put("libellé", entry.label());
		fields.put("montant", entry.amount().format());
		fields.put("paiement", (entry.means() != null) ? entry.means().name() : "");
		fields.put("chèque", (entry.chequeNumber() != null) ? entry.chequeNumber() : "");
		fields.put("lignes",
				entry.lines()
					.stream()
					.map((line) -> line.accountCode() + " " + line.amount().formatNumber())
					.collect(Collectors.joining(" ; ")));
		return fields;
	}

}
