package coop.occe.retkoop.reporting.crf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.NotOffered;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

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
 * The AD's CRF lines for a school year: new lines, their labels and order, and the line
 * each charge and product account of the chart falls in. The URL's association is checked
 * by the platform's interceptor; every line or account posted must be one the page
 * offered.
 */
@Controller
class CrfLinesController {

	private static final String PAGE = "/ad/{associationId}/crf/{annee}/lignes";

	private final Ledger ledger;

	private final CrfMappings mappings;

	CrfLinesController(Ledger ledger, CrfMappings mappings) {
		this.ledger = ledger;
		this.mappings = mappings;
	}

	@GetMapping(PAGE)
	String page(@PathVariable long associationId, @PathVariable String annee, Model model) {
		return show(associationId, year(annee), model);
	}

	@PostMapping(PAGE)
	String add(@PathVariable long associationId, @PathVariable String annee,
			@RequestParam(name = "label", defaultValue = "") String label,
			@RequestParam(name = "kind", defaultValue = "") String kind, Model model, RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		AccountKind chosen = CrfMapping.KINDS.stream()
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElseThrow(() -> new NotOffered("kind"));
		Result<String> added = this.mappings.addLine(associationId, year, label, chosen);
		if (!added.isDone()) {
			model.addAttribute("newLabel", label);
			model.addAttribute("newKind", chosen.name());
			model.addAttribute("newError", added.problems().get(0));
			return show(associationId, year, model);
		}
		redirect.addFlashAttribute("notice", "reporting.crf.lines.added");
		return redirect(associationId, year);
	}

	@PostMapping(PAGE + "/{code}")
	String rename(@PathVariable long associationId, @PathVariable String annee, @PathVariable String code,
			@RequestParam(name = "label", defaultValue = "") String label, RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		offeredLine(associationId, year, code);
		Result<Void> renamed = this.mappings.rename(associationId, year, code, label);
		if (renamed.isDone()) {
			redirect.addFlashAttribute("notice", "reporting.crf.lines.renamed");
		}
		else {
			redirect.addFlashAttribute("renameCode", code);
			redirect.addFlashAttribute("renameLabel", label);
			redirect.addFlashAttribute("renameError", renamed.problems().get(0));
		}
		return redirect(associationId, year);
	}

	@PostMapping(PAGE + "/{code}/monter")
	String up(@PathVariable long associationId, @PathVariable String annee, @PathVariable String code) {
		return move(associationId, year(annee), code, true);
	}

	@PostMapping(PAGE + "/{code}/descendre")
	String down(@PathVariable long associationId, @PathVariable String annee, @PathVariable String code) {
		return move(associationId, year(annee), code, false);
	}

	/** The line of each account, posted as {@code compte-6068=L1}. */
	@PostMapping("/ad/{associationId}/crf/{annee}/comptes")
	String assign(@PathVariable long associationId, @PathVariable String annee,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		SchoolYear year = year(annee);
		CrfMapping mapping = this.mappings.editable(associationId, year);
		Map<String, Account> accounts = new LinkedHashMap<>();
		this.ledger.chart(associationId, year)
			.stream()
			.filter((account) -> CrfMapping.KINDS.contains(account.kind()))
			.forEach((account) -> accounts.put(account.code(), account));
		Map<String, String> chosen = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("compte-")) {
				Account account = accounts.get(name.substring("compte-".length()));
				if (account == null
						|| mapping.lines(account.kind()).stream().noneMatch((l) -> l.code().equals(value))) {
					throw new NotOffered(name);
				}
				chosen.put(account.code(), value);
			}
		});
		this.mappings.assign(associationId, year, chosen);
		redirect.addFlashAttribute("notice", "reporting.crf.lines.assigned");
		return redirect(associationId, year);
	}

	private String move(long associationId, SchoolYear year, String code, boolean up) {
		offeredLine(associationId, year, code);
		this.mappings.move(associationId, year, code, up);
		return redirect(associationId, year);
	}

	// A line named in the path that the AD does not have is not found, like any other id.
	private void offeredLine(long associationId, SchoolYear year, String code) {
		if (this.mappings.editable(associationId, year).lines().stream().noneMatch((l) -> l.code().equals(code))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String show(long associationId, SchoolYear year, Model model) {
		CrfMapping stored = this.mappings.of(associationId, year);
		CrfMapping mapping = this.mappings.editable(associationId, year);
		List<Account> chart = this.ledger.chart(associationId, year);
		model.addAttribute("associationId", associationId);
		model.addAttribute("year", year);
		model.addAttribute("yearName", YearEndYears.name(year));
		model.addAttribute("previousName", YearEndYears.name(year.previous()));
		model.addAttribute("nextName", YearEndYears.name(year.next()));
		model.addAttribute("source", stored.source());
		model.addAttribute("copied", stored.source() != null && !stored.source().equals(year));
		model.addAttribute("mapping", mapping);
		model.addAttribute("kinds", CrfMapping.KINDS);
		model.addAttribute("charges", mapping.lines(AccountKind.CHARGE));
		model.addAttribute("products", mapping.lines(AccountKind.PRODUCT));
		model.addAttribute("accounts",
				CrfMapping.KINDS.stream().flatMap((kind) -> chart.stream().filter((a) -> a.kind() == kind)).toList());
		return "reporting/crf-lines";
	}

	/**
	 * The year named in the URL, within ten years before and one after the current one.
	 */
	private SchoolYear year(String name) {
		SchoolYear current = this.ledger.currentYear();
		return YearEndYears.parse(name)
			.filter((y) -> y.startYear() >= current.startYear() - 10 && y.startYear() <= current.startYear() + 1)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String redirect(long associationId, SchoolYear year) {
		return "redirect:/ad/" + associationId + "/crf/" + YearEndYears.name(year) + "/lignes";
	}

}
