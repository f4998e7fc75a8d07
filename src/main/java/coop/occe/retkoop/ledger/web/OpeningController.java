package coop.occe.retkoop.ledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Position;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening the year's books with the balances of 1 September, typed the first year and
 * carried forward after.
 */
@Controller
class OpeningController {

	private final Ledger ledger;

	OpeningController(Ledger ledger) {
		this.ledger = ledger;
	}

	@PostMapping("/coop/comptabilite/ouverture")
	String open(@ModelAttribute("form") OpeningForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SchoolYear year = this.ledger.currentYear();
		List<Problem> problems = new ArrayList<>();
		Optional<Position> carried = this.ledger.carriedForward(cooperativeId(), year);
		Money bank = carried.isPresent() ? carried.get().bank()
				: readOpening(form.getOpeningBank(), "openingBank", problems);
		Money cash = carried.isPresent() ? carried.get().cash()
				: readOpening(form.getOpeningCash(), "openingCash", problems);
		Forms.addUnlessFieldTaken(problems, FiscalYear.checkOpening(bank, cash, form.getVoucherStyle()));
		if (problems.isEmpty()) {
			problems.addAll(this.ledger.openYear(cooperativeId(), year, bank, cash, form.getVoucherStyle()).problems());
		}
		Forms.reject(errors, problems);
		if (errors.hasErrors()) {
			model.addAttribute("year", year);
			model.addAttribute("styles", VoucherStyle.values());
			return "ledger/open";
		}
		redirect.addFlashAttribute("notice", "ledger.opened");
		return "redirect:/coop/comptabilite";
	}

	private static Money readOpening(String typed, String field, List<Problem> problems) {
		if (typed.isBlank()) {
			return null;
		}
		Optional<Money> read = Money.parse(typed);
		if (read.isEmpty()) {
			problems.add(Problem.of(field, "ledger.opening.format"));
		}
		return read.orElse(null);
	}

	private static long cooperativeId() {
		Actor actor = CurrentActor.get();
		if (actor.cooperativeId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return actor.cooperativeId();
	}

}
