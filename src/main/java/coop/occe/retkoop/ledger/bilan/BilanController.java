package coop.occe.retkoop.ledger.bilan;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.ledger.web.OpenYear;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mandataire's "Bilan" page: at today's date by default, at any date of the year on
 * request; a date that cannot be read is said so and today's is shown.
 */
@Controller
class BilanController {

	private final Ledger ledger;

	private final Bilans bilans;

	BilanController(Ledger ledger, Bilans bilans) {
		this.ledger = ledger;
		this.bilans = bilans;
	}

	@GetMapping("/coop/comptabilite/bilan")
	String bilan(@RequestParam(name = "date", defaultValue = "") String typed, Model model) {
		FiscalYear year = OpenYear.of(this.ledger);
		var date = Dates.parse(typed);
		Bilan bilan = this.bilans.at(year, date.orElse(OpenYear.defaultDate(this.ledger, year)));
		model.addAttribute("fiscalYear", year);
		model.addAttribute("bilan", bilan);
		model.addAttribute("date", Dates.format(bilan.date()));
		model.addAttribute("unreadDate", !typed.isBlank() && date.isEmpty());
		model.addAttribute("typed", typed);
		return "ledger/bilan";
	}

}
