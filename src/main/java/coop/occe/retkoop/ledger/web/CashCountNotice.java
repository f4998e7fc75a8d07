package coop.occe.retkoop.ledger.web;

import java.time.LocalDate;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.cashcount.CashCounts;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Right after an operation through the cash box is saved (posted, corrected or
 * cancelled), warns when it is dated on or before the last arrêté de caisse: that
 * arrêté's balance of the books changed, the cash should be counted again. A warning, not
 * a refusal: a forgotten receipt is rightly typed late.
 */
@ControllerAdvice(assignableTypes = { EntryController.class, EntryPageController.class })
class CashCountNotice {

	private final Ledger ledger;

	private final CashCounts cashCounts;

	CashCountNotice(Ledger ledger, CashCounts cashCounts) {
		this.ledger = ledger;
		this.cashCounts = cashCounts;
	}

	@ModelAttribute("countChanged")
	LocalDate countChanged(@PathVariable(name = "entryId", required = false) Long entryId, Model model) {
		if (entryId == null || !model.containsAttribute("voucherNotice")) {
			return null;
		}
		FiscalYear year = OpenYear.of(this.ledger);
		return this.ledger.entry(year, entryId)
			.flatMap((entry) -> this.cashCounts.lastCountChangedBy(year, entry))
			.orElse(null);
	}

}
