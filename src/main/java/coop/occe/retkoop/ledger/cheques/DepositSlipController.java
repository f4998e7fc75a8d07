package coop.occe.retkoop.ledger.cheques;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Remises de chèques: choose the received cheques not yet deposited, make the printable
 * deposit slip.
 */
@Controller
class DepositSlipController {

	private final Ledger ledger;

	private final Cheques cheques;

	private final MessageSource messages;

	DepositSlipController(Ledger ledger, MessageSource messages, Cheques cheques) {
		this.cheques = cheques;
		this.ledger = ledger;
		this.messages = messages;
	}

	@GetMapping("/coop/comptabilite/remises")
	String list(Model model) {
		FiscalYear year = year();
		return show(year, Dates.format(OpenYear.defaultDate(this.ledger, year)), List.of(), Map.of(), model);
	}

	@PostMapping("/coop/comptabilite/remises")
	String deposit(@RequestParam(name = "date", defaultValue = "") String typedDate,
			@RequestParam(name = "cheques", required = false) List<Long> cheques, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<LocalDate> date = Dates.parse(typedDate);
		if (!typedDate.isBlank() && date.isEmpty()) {
			errors.put("date", message(Problem.of("date", "ledger.date.format")));
		}
		List<Long> chosen = (cheques != null) ? cheques : List.of();
		if (errors.isEmpty()) {
			Cheques.SlipResult result = this.cheques.deposit(year, date.orElse(null), chosen);
			if (result.slipId() != null) {
				redirect.addFlashAttribute("notice", "ledger.slip.made");
				return "redirect:/coop/comptabilite/remises/" + result.slipId();
			}
			// A problem of no field (the year closed) goes above the form.
			result.problems()
				.forEach((problem) -> errors.putIfAbsent(Objects.requireNonNullElse(problem.field(), "year"),
						message(problem)));
		}
		return show(year, typedDate, chosen, errors, model);
	}

	@GetMapping("/coop/comptabilite/remises/{slipId}")
	String slip(@PathVariable long slipId, Model model) {
		FiscalYear year = year();
		DepositSlip slip = this.cheques.depositSlip(year, slipId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("slip", slip);
		model.addAttribute("cheques", this.cheques.chequesOn(year, slipId));
		return "ledger/deposit-slip";
	}

	private String show(FiscalYear year, String date, List<Long> chosen, Map<String, String> errors, Model model) {
		List<ReceivedCheque> cheques = this.cheques.chequesToDeposit(year);
		model.addAttribute("cheques", cheques);
		model.addAttribute("chosen", new ArrayList<>(chosen));
		model.addAttribute("date", date);
		model.addAttribute("errors", errors);
		model.addAttribute("slips", this.cheques.depositSlips(year));
		model.addAttribute("pending", cheques.stream().map(ReceivedCheque::amount).reduce(Money.ZERO, Money::plus));
		return "ledger/deposit-slips";
	}

	private String message(Problem problem) {
		return this.messages.getMessage(problem.code(), problem.messageArguments(), LocaleContextHolder.getLocale());
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

}
