package coop.occe.retkoop.ledger.chart;

import java.util.List;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;

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
 * The AD's chart of accounts for a school year: labels and use of each account, new
 * charge and product accounts, number and kind (charge or product) of the accounts no
 * cooperative has used yet. The URL's association is checked by the platform's
 * interceptor.
 */
@Controller
class ChartController {

	private final Ledger ledger;

	private final ChartAdministration chartAdministration;

	private final ChartNumbering numbering;

	private final org.springframework.context.MessageSource messages;

	ChartController(Ledger ledger, ChartNumbering numbering, org.springframework.context.MessageSource messages,
			ChartAdministration chartAdministration) {
		this.chartAdministration = chartAdministration;
		this.ledger = ledger;
		this.numbering = numbering;
		this.messages = messages;
	}

	@GetMapping("/ad/{associationId}/plan-comptable")
	String chart(@PathVariable long associationId, @RequestParam(name = "annee", defaultValue = "0") int startYear,
			Model model) {
		model.addAttribute("form", new AccountForm());
		return show(associationId, year(startYear), model);
	}

	@PostMapping("/ad/{associationId}/plan-comptable/{code}")
	String update(@PathVariable long associationId, @PathVariable String code,
			@RequestParam(name = "annee", defaultValue = "0") int startYear,
			@RequestParam(name = "label", defaultValue = "") String label,
			@RequestParam(name = "active", defaultValue = "false") boolean active, RedirectAttributes redirect) {
		SchoolYear year = postedYear(startYear);
		if (this.ledger.chart(associationId, year).stream().noneMatch((account) -> account.code().equals(code))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<Problem> problems = this.chartAdministration.updateAccount(associationId, year, code, label, active);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("notice", "ledger.chart.saved");
		}
		else {
			redirect.addFlashAttribute("chartErrorCode", code);
			redirect.addFlashAttribute("chartError", problems.get(0).code());
		}
		return "redirect:/ad/" + associationId + "/plan-comptable?annee=" + year.startYear();
	}

	/**
	 * New code, new kind or both of a charge or product account; a kind change needs a
	 * code of the other class (6 for charges, 7 for products).
	 */
	@PostMapping("/ad/{associationId}/plan-comptable/{code}/numero")
	String renumber(@PathVariable long associationId, @PathVariable String code,
			@RequestParam(name = "annee", defaultValue = "0") int startYear,
			@RequestParam(name = "newCode", defaultValue = "") String newCode,
			@RequestParam(name = "kind", defaultValue = "") String kind, RedirectAttributes redirect) {
		SchoolYear year = postedYear(startYear);
		Account before = this.ledger.chart(associationId, year)
			.stream()
			.filter((account) -> account.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AccountKind typedKind = kind(kind);
		List<Problem> problems = (typedKind == null && !kind.isBlank())
				? List.of(Problem.of("kind", "ledger.chart.kindRequired"))
				: this.numbering.change(associationId, year, code, newCode, typedKind)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (problems.isEmpty()) {
			boolean kindChanged = typedKind != null && typedKind != before.kind();
			redirect.addFlashAttribute("notice", kindChanged ? "ledger.chart.kindChanged" : "ledger.chart.renumbered");
		}
		else {
			Problem problem = problems.get(0);
			redirect.addFlashAttribute("renumberErrorCode", code);
			redirect.addFlashAttribute("renumberNewCode", newCode);
			redirect.addFlashAttribute("renumberKind", (typedKind != null) ? typedKind.name() : "");
			redirect.addFlashAttribute("renumberErrorField", problem.field());
			redirect.addFlashAttribute("renumberError", this.messages.getMessage(problem.code(),
					problem.messageArguments(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		return "redirect:/ad/" + associationId + "/plan-comptable?annee=" + year.startYear();
	}

	@PostMapping("/ad/{associationId}/plan-comptable")
	String add(@PathVariable long associationId, @RequestParam(name = "annee", defaultValue = "0") int startYear,
			@ModelAttribute("form") AccountForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		SchoolYear year = postedYear(startYear);
		if (errors.hasFieldErrors("kind")) {
			// Not a kind at all: the form would have added the default kind instead.
			throw new NotOffered("kind");
		}
		List<Problem> problems = this.chartAdministration.addAccount(associationId, year, form.getCode(),
				form.getLabel(), form.getKind());
		if (!problems.isEmpty()) {
			Forms.reject(errors, problems);
			return show(associationId, year, model);
		}
		redirect.addFlashAttribute("notice", "ledger.chart.added");
		return "redirect:/ad/" + associationId + "/plan-comptable?annee=" + year.startYear();
	}

	private String show(long associationId, SchoolYear year, Model model) {
		model.addAttribute("associationId", associationId);
		model.addAttribute("year", year);
		model.addAttribute("accounts", this.ledger.chart(associationId, year));
		model.addAttribute("kinds", new AccountKind[] { AccountKind.CHARGE, AccountKind.PRODUCT });
		return "ledger/chart";
	}

	/** The kind typed in the form, {@code null} when none or not a kind. */
	private static AccountKind kind(String typed) {
		for (AccountKind kind : AccountKind.values()) {
			if (kind.name().equals(typed.strip())) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The year a form of the page was shown for: 0 for the current one, else one of the
	 * years the page links to.
	 */
	private SchoolYear postedYear(int startYear) {
		SchoolYear current = this.ledger.currentYear();
		if (startYear != 0 && (startYear < current.startYear() - 10 || startYear > current.startYear() + 1)) {
			throw new NotOffered("annee");
		}
		return year(startYear);
	}

	private SchoolYear year(int startYear) {
		SchoolYear current = this.ledger.currentYear();
		if (startYear < current.startYear() - 10 || startYear > current.startYear() + 1) {
			return current;
		}
		return new SchoolYear(startYear);
	}

}
