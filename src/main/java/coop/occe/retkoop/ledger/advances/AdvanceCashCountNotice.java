package coop.occe.retkoop.ledger.advances;

import java.time.LocalDate;
import java.util.Optional;

import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.cashcount.CashCounts;
import coop.occe.retkoop.ledger.web.OpenYear;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Right after a régie is paid or brought back in cash, warns when the operation is dated
 * on or before the last arrêté de caisse, as the entry pages do: that arrêté no longer
 * matches the books, the cash should be counted again.
 */
@ControllerAdvice(assignableTypes = AdvanceController.class)
class AdvanceCashCountNotice {

	private final Ledger ledger;

	private final Advances advances;

	private final CashCounts cashCounts;

	AdvanceCashCountNotice(Ledger ledger, Advances advances, CashCounts cashCounts) {
		this.ledger = ledger;
		this.advances = advances;
		this.cashCounts = cashCounts;
	}

	@ModelAttribute("countChanged")
	LocalDate countChanged(@PathVariable(name = "advanceId", required = false) Long advanceId, Model model) {
		if (advanceId == null || !model.containsAttribute("voucherNotice")) {
			return null;
		}
		FiscalYear year = OpenYear.of(this.ledger);
		Optional<Advance> advance = this.advances.advance(year, advanceId);
		Optional<Long> entryId = advance
			.map((a) -> (a.returnEntryId() != null) ? a.returnEntryId() : a.paymentEntryId());
		Optional<EntryView> entry = entryId.flatMap((id) -> this.ledger.entry(year, id));
		model.addAttribute("countChangedOn", entry.map(EntryView::date).orElse(null));
		return entry.flatMap((e) -> this.cashCounts.lastCountChangedBy(year, e)).orElse(null);
	}

}
