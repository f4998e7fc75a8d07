package coop.occe.retkoop.ledger.internal;

import coop.occe.retkoop.platform.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;

import org.springframework.stereotype.Component;

/**
 * What the posting core writes into the audit trail, in the words the AD reads; called
 * inside the transaction of the change.
 */
@Component
public class LedgerAudit {

	private final AuditTrail audit;

	private final Texts texts;

	LedgerAudit(AuditTrail audit, Texts texts) {
		this.audit = audit;
		this.texts = texts;
	}

	public void yearOpened(long associationId, long cooperativeId, String target, Money bank, Money cash,
			List<Map<String, String>> carried, VoucherStyle style) {
		Map<String, String> opened = new LinkedHashMap<>();
		opened.put(this.texts.text("ledger.audit.openingBank"), bank.format());
		opened.put(this.texts.text("ledger.audit.openingCash"), cash.format());
		carried.forEach(opened::putAll);
		opened.put(this.texts.text("ledger.audit.numbering"), style.name());
		this.audit.record(AuditEvent.of("LEDGER_YEAR_OPENED", associationId, cooperativeId, target)
			.withChanges(Map.of(), opened));
	}

	public void yearClosedOrReopened(FiscalYear year, String event) {
		this.audit.record(AuditEvent.of(event, year.associationId(), year.cooperativeId(),
				this.texts.text("ledger.audit.accounts", year.schoolYear().label())));
	}

	public void entryPosted(FiscalYear year, String voucher, EntryDraft draft, BalancedLines lines) {
		this.audit
			.record(AuditEvent.of("LEDGER_ENTRY_POSTED", year.associationId(), year.cooperativeId(), voucher(voucher))
				.withChanges(Map.of(), EntryDescriptions.of(this.texts, voucher, draft, lines)));
	}

	public void entryCorrected(FiscalYear year, EntryView before, EntryDraft corrected, BalancedLines lines) {
		this.audit.record(AuditEvent
			.of("LEDGER_ENTRY_CORRECTED", year.associationId(), year.cooperativeId(), voucher(before.voucher()))
			.withChanges(EntryDescriptions.of(this.texts, before),
					EntryDescriptions.of(this.texts, before.voucher(), corrected, lines)));
	}

	public void entryCancelled(FiscalYear year, EntryView before) {
		this.audit.record(AuditEvent
			.of("LEDGER_ENTRY_CANCELLED", year.associationId(), year.cooperativeId(), voucher(before.voucher()))
			.withChanges(EntryDescriptions.of(this.texts, before),
					Map.of(this.texts.text("ledger.audit.cancelled"), this.texts.text("ledger.audit.yes"))));
	}

	private String voucher(String voucher) {
		return this.texts.text("ledger.audit.voucher", voucher);
	}

}
