package coop.occe.retkoop.ledger.pointing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Pointage": type a bank statement, tick the entries found on it, see the
 * reconciliation.
 */
@Controller
class PointingController {

	private static final int MAX_TICKED = 10_000;

	private final Ledger ledger;

	private final Pointing pointing;

	PointingController(Ledger ledger, Pointing pointing) {
		this.ledger = ledger;
		this.pointing = pointing;
	}

	@GetMapping("/coop/comptabilite/pointage")
	String page(Model model) {
		StatementForm form = new StatementForm();
		FiscalYear year = OpenYear.of(this.ledger);
		form.setDate(Dates.format(OpenYear.defaultDate(this.ledger, year)));
		return show(year, form, model);
	}

	@PostMapping("/coop/comptabilite/pointage")
	String addStatement(@ModelAttribute("form") StatementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = OpenYear.of(this.ledger);
		List<Problem> problems = new ArrayList<>();
		Optional<LocalDate> date = Dates.parse(form.getDate());
		if (!form.getDate().isBlank() && date.isEmpty()) {
			problems.add(Problem.of("date", "ledger.date.format"));
		}
		Optional<Money> balance = Money.parse(form.getBalance());
		if (!form.getBalance().isBlank() && balance.isEmpty()) {
			problems.add(Problem.of("balance", "ledger.pointing.balanceNotANumber"));
		}
		if (problems.isEmpty()) {
			// Checked once, by the command that saves.
			problems.addAll(this.pointing.addStatement(year, date.orElse(null), balance.orElse(null)));
		}
		else {
			Forms.addUnlessFieldTaken(problems,
					this.pointing.checkStatement(year, date.orElse(null), balance.orElse(null)));
		}
		if (!problems.isEmpty()) {
			Forms.reject(errors, problems);
			return show(year, form, model);
		}
		redirect.addFlashAttribute("saved", "ledger.pointing.statementAdded");
		return "redirect:/coop/comptabilite/pointage";
	}

	@PostMapping("/coop/comptabilite/pointage/{statementId}")
	String point(@PathVariable long statementId, @RequestParam(name = "pointed", required = false) List<Long> ticked,
			RedirectAttributes redirect) {
		FiscalYear year = OpenYear.of(this.ledger);
		if (this.pointing.statements(year).stream().noneMatch((statement) -> statement.id() == statementId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<Long> entries = (ticked != null) ? ticked : List.of();
		List<Problem> problems = (entries.size() > MAX_TICKED)
				? List.of(Problem.of(null, "ledger.pointing.notTickable"))
				: this.pointing.point(year, statementId, entries);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("saved", "ledger.pointing.pointed");
		}
		else {
			redirect.addFlashAttribute("refused", problems.get(0));
		}
		return "redirect:/coop/comptabilite/pointage";
	}

	private String show(FiscalYear year, StatementForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("statements", this.pointing.statements(year));
		this.pointing.latest(year).ifPresent((latest) -> {
			model.addAttribute("latest", latest);
			model.addAttribute("tickable", this.pointing.tickable(year, latest));
			model.addAttribute("reconciliation", this.pointing.reconciliation(year, latest));
		});
		return "ledger/pointing";
	}

}
