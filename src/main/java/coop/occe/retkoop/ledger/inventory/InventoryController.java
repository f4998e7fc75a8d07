package coop.occe.retkoop.ledger.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;

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
 * Inventory of durable goods: typed or taken from the 68 purchases, their insured value
 * today, their disposal.
 */
@Controller
class InventoryController {

	private final Ledger ledger;

	private final Inventory inventory;

	InventoryController(Ledger ledger, Inventory inventory) {
		this.inventory = inventory;
		this.ledger = ledger;
	}

	@GetMapping("/coop/comptabilite/inventaire")
	String list(Model model) {
		model.addAttribute("form", new GoodForm());
		return show(year(), model);
	}

	@PostMapping("/coop/comptabilite/inventaire")
	String add(@ModelAttribute("form") GoodForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		FiscalYear year = year();
		List<Problem> problems = new ArrayList<>();
		LocalDate date = null;
		if (!form.getAcquiredOn().isBlank()) {
			Optional<LocalDate> typed = Dates.parse(form.getAcquiredOn());
			if (typed.isEmpty()) {
				problems.add(Problem.of("acquiredOn", "ledger.date.format"));
			}
			date = typed.orElse(null);
		}
		Money value = null;
		if (!form.getValue().isBlank()) {
			value = Money.parse(form.getValue()).orElse(null);
			if (value == null) {
				problems.add(Problem.of("value", "ledger.amount.format"));
			}
		}
		if (problems.isEmpty()) {
			problems.addAll(this.inventory.addDurableGood(year, form.getDescription(), date, value));
		}
		else {
			List<String> wrong = problems.stream().map(Problem::field).toList();
			this.inventory.checkDurableGood(form.getDescription(), date, value)
				.stream()
				.filter((problem) -> !wrong.contains(problem.field()))
				.forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			Forms.reject(errors, problems);
			return show(year, model);
		}
		redirect.addFlashAttribute("notice", "ledger.good.added");
		return "redirect:/coop/comptabilite/inventaire";
	}

	@PostMapping("/coop/comptabilite/inventaire/achats/{entryId}")
	String addPurchase(@PathVariable long entryId, RedirectAttributes redirect) {
		return done(this.inventory.addDurableGoodFromEntry(year(), entryId), "ledger.good.added", redirect);
	}

	@PostMapping("/coop/comptabilite/inventaire/{goodId}/sortie")
	String dispose(@PathVariable long goodId, @RequestParam(name = "date", required = false) String typed,
			RedirectAttributes redirect) {
		if (typed != null) {
			// The page's button disposes of the good today: it offers no date.
			throw new NotOffered("date");
		}
		return done(this.inventory.disposeDurableGood(year(), goodId, this.ledger.today()), "ledger.good.disposed",
				redirect);
	}

	/**
	 * Back to the inventory with the notice, or with the problem; a good or purchase that
	 * is not the cooperative's is not found.
	 */
	private static String done(Result<Void> result, String notice, RedirectAttributes redirect) {
		if (result.isDone()) {
			redirect.addFlashAttribute("notice", notice);
		}
		else if (result.problems()
			.stream()
			.anyMatch((p) -> p.code().equals(Inventory.UNKNOWN_GOOD) || p.code().equals(Inventory.UNKNOWN_PURCHASE))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		else {
			redirect.addFlashAttribute("problem", result.problems().get(0));
		}
		return "redirect:/coop/comptabilite/inventaire";
	}

	private String show(FiscalYear year, Model model) {
		LocalDate today = OpenYear.defaultDate(this.ledger, year);
		model.addAttribute("goods", this.inventory.durableGoods(year.cooperativeId()));
		model.addAttribute("purchases", this.inventory.durablePurchasesNotListed(year));
		model.addAttribute("today", today);
		model.addAttribute("declared", this.inventory.declaredPropertyValue(year.cooperativeId(), today));
		return "ledger/inventory";
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

	/** A good as typed. */
	public static class GoodForm {

		private String description = "";

		private String acquiredOn = "";

		private String value = "";

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = (description != null) ? description : "";
		}

		public String getAcquiredOn() {
			return this.acquiredOn;
		}

		public void setAcquiredOn(String acquiredOn) {
			this.acquiredOn = (acquiredOn != null) ? acquiredOn : "";
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = (value != null) ? value : "";
		}

	}

}
