package coop.occe.retkoop.ledger.cashcount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.platform.Forms;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Arrêté de caisse: count every note and coin, "Recalculer" to see the total against the
 * books, "Enregistrer" to keep it.
 */
@Controller
class CashCountController {

	private final Ledger ledger;

	private final CashCounts cashCounts;

	CashCountController(Ledger ledger, CashCounts cashCounts) {
		this.cashCounts = cashCounts;
		this.ledger = ledger;
	}

	private static final List<String> ACTIONS = List.of("recalculer", "enregistrer");

	@GetMapping("/coop/comptabilite/caisse")
	String form(Model model) {
		FiscalYear year = year();
		CashCountForm form = new CashCountForm();
		form.setDate(Dates.format(OpenYear.defaultDate(this.ledger, year)));
		return show(year, form, null, model);
	}

	@PostMapping("/coop/comptabilite/caisse")
	String count(@ModelAttribute("form") CashCountForm form, BindingResult errors,
			@RequestParam(name = "action", required = false) String sent, Model model, RedirectAttributes redirect) {
		FiscalYear year = year();
		// Enter in a field sends no button: the page recalculates.
		String action = (sent != null) ? sent : ACTIONS.get(0);
		if (!ACTIONS.contains(action) || form.getCounts().size() > CashCount.DENOMINATIONS.size()) {
			// Its two buttons and one field per note and coin are all the page offers.
			throw new NotOffered(ACTIONS.contains(action) ? "counts" : "action");
		}
		LocalDate date = null;
		Optional<LocalDate> typed = Dates.parse(form.getDate());
		if (form.getDate().isBlank()) {
			errors.rejectValue("date", "ledger.date.required");
		}
		else if (typed.isEmpty()) {
			errors.rejectValue("date", "ledger.date.format");
		}
		else if (!year.schoolYear().contains(typed.get())) {
			errors.rejectValue("date", "ledger.date.outsideYear", new Object[] { year.schoolYear().label() }, null);
		}
		else {
			date = typed.get();
		}
		List<Long> counts = new ArrayList<>();
		for (int i = 0; i < CashCount.DENOMINATIONS.size(); i++) {
			String text = form.getCounts().get(i).strip();
			if (text.isEmpty()) {
				counts.add(0L);
			}
			else if (text.matches("\\d{1,6}")) {
				counts.add(Long.valueOf(text));
			}
			else {
				counts.add(0L);
				errors.rejectValue("counts[" + i + "]", "ledger.cashCount.number");
			}
		}
		if (errors.hasErrors()) {
			return show(year, form, null, model);
		}
		if ("enregistrer".equals(action)) {
			Result<CashCount> kept = this.cashCounts.keepCashCount(year, date, counts);
			if (!kept.isDone()) {
				Forms.reject(errors, kept.problems());
				return show(year, form, null, model);
			}
			redirect.addFlashAttribute("notice",
					kept.value().matches() ? "ledger.cashCount.keptBravo" : "ledger.cashCount.kept");
			return "redirect:/coop/comptabilite/caisse";
		}
		return show(year, form, this.cashCounts.countCash(year, date, counts), model);
	}

	private String show(FiscalYear year, CashCountForm form, CashCount result, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("denominations", CashCount.DENOMINATIONS.stream().map(Money::ofCents).toList());
		model.addAttribute("result", result);
		model.addAttribute("history", this.cashCounts.cashCounts(year));
		return "ledger/cash-count";
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
