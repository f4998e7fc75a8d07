package coop.occe.retkoop.ledger.advances;

import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.OpenYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The receipt of a régie paid this year, printed twice on one page: one copy for the
 * teacher, one for the books.
 */
@Controller
class AdvanceReceiptController {

	private final Ledger ledger;

	private final Advances advances;

	AdvanceReceiptController(Ledger ledger, Advances advances) {
		this.ledger = ledger;
		this.advances = advances;
	}

	@GetMapping("/coop/comptabilite/regies/{advanceId}/recu")
	String receipt(@PathVariable long advanceId, Model model) {
		FiscalYear year = OpenYear.of(this.ledger);
		Advance advance = this.advances.advance(year, advanceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (advance.paymentEntryId() == null) {
			// Carried from the previous year: its receipt was printed then.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("advance", advance);
		model.addAttribute("entry", this.ledger.entry(year, advance.paymentEntryId()).orElseThrow());
		model.addAttribute("copies", List.of(1, 2));
		return "ledger/advance-receipt";
	}

}
