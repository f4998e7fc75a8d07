package coop.occe.retkoop.ledger.web;

import java.util.List;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.PostResult;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One entry of the cash book with its double-entry lines, why it may not be changed, and
 * its cancellation. An entry of any other cooperative is "not found".
 */
@Controller
class EntryPageController {

	private final Ledger ledger;

	EntryPageController(Ledger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/coop/comptabilite/operations/{entryId}")
	String show(@PathVariable long entryId, Model model) {
		FiscalYear year = year();
		model.addAttribute("fiscalYear", year);
		EntryView entry = entry(year, entryId);
		model.addAttribute("entry", entry);
		model.addAttribute("changeProblems",
				(entry.cancelled() || !entry.operation().isPlain()) ? List.of() : this.ledger.problemsChanging(entry));
		model.addAttribute("accounts",
				this.ledger.chart(year.associationId(), year.schoolYear())
					.stream()
					.collect(Collectors.toMap(Account::code, Account::label)));
		return "ledger/entry";
	}

	@PostMapping("/coop/comptabilite/operations/{entryId}/cancel")
	String cancel(@PathVariable long entryId, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		EntryView entry = entry(year, entryId);
		PostResult result = this.ledger.cancel(year, entryId, version);
		redirect.addFlashAttribute(result.isDone() ? "voucherNotice" : "cancelProblems",
				result.isDone() ? "ledger.cancelledNotice" : result.problems());
		redirect.addFlashAttribute("voucher", entry.voucher());
		return "redirect:/coop/comptabilite/operations/" + entryId;
	}

	private EntryView entry(FiscalYear year, long entryId) {
		return this.ledger.entry(year, entryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
