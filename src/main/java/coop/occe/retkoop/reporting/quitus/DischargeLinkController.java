package coop.occe.retkoop.reporting.quitus;

import java.util.Optional;

import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.CashBookFilter;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.bilan.Bilans;
import coop.occe.retkoop.reporting.FinancialReports;
import coop.occe.retkoop.reporting.quitus.DischargeLinks.Link;
import coop.occe.retkoop.reporting.quitus.DischargeLinks.LinkState;
import coop.occe.retkoop.shared.Result;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A vérificateur's page, opened by the personal link of their mail, without an account:
 * the cooperative's year read-only (CRF, bilan, cash book paged, subsidies) and "Je donne
 * quitus" / "Je refuse le quitus". Only the year the link was made for is ever shown; a
 * link unknown (404), expired, already used or of a year whose CRF was sent (410) gets a
 * page that says so.
 */
@Controller
class DischargeLinkController {

	static final int PAGE_SIZE = 50;

	private final DischargeLinks links;

	private final Ledger ledger;

	private final FinancialReports reports;

	private final Bilans bilans;

	private final Directory directory;

	DischargeLinkController(DischargeLinks links, Ledger ledger, FinancialReports reports, Bilans bilans,
			Directory directory) {
		this.links = links;
		this.ledger = ledger;
		this.reports = reports;
		this.bilans = bilans;
		this.directory = directory;
	}

	@GetMapping("/quitus/{token}")
	String view(@PathVariable String token, @RequestParam(name = "page", defaultValue = "0") String page, Model model,
			HttpServletResponse response, CsrfToken csrf) {
		// The vérificateur has no session yet, and the page is long: the form's CSRF
		// token,
		// written at its end, would create the session after the response was committed,
		// without its cookie, and "Je donne quitus" would be refused. Create it now.
		if (csrf != null) {
			csrf.getToken();
		}
		Link link = this.links.open(token);
		if (link.state() != LinkState.VALID) {
			return invalid(link, model, response);
		}
		return show(token, link, readPage(page), "", model);
	}

	@PostMapping("/quitus/{token}")
	String answer(@PathVariable String token, @RequestParam(name = "answer", defaultValue = "") String answer,
			@RequestParam(name = "comment", defaultValue = "") String comment, Model model,
			HttpServletResponse response) {
		Link before = this.links.open(token);
		if (before.state() != LinkState.VALID) {
			return invalid(before, model, response);
		}
		Result<Link> answered = this.links.answer(token, answer, comment);
		if (!answered.isDone()) {
			model.addAttribute("commentError", answered.problems().get(0));
			return show(token, before, 0, comment, model);
		}
		Link after = answered.value();
		if (after.state() != LinkState.USED || !after.verifier().answered()) {
			return invalid(after, model, response);
		}
		model.addAttribute("verifier", after.verifier());
		model.addAttribute("coop", this.directory.cooperative(after.verifier().cooperativeId()).orElseThrow());
		return "reporting/quitus-thanks";
	}

	private String show(String token, Link link, int page, String comment, Model model) {
		Verifier verifier = link.verifier();
		// The year of the link only: its cooperative and its school year, checked again.
		Optional<FiscalYear> found = this.ledger.fiscalYear(verifier.cooperativeId(), verifier.schoolYear())
			.filter((year) -> year.id() == verifier.fiscalYearId());
		FiscalYear year = found.orElseThrow();
		model.addAttribute("token", token);
		model.addAttribute("verifier", verifier);
		model.addAttribute("coop", this.directory.cooperative(year.cooperativeId()).orElseThrow());
		model.addAttribute("schoolYear", year.schoolYear());
		model.addAttribute("report", this.reports.of(year));
		model.addAttribute("bilan", this.bilans.at(year, year.schoolYear().lastDay()));
		model.addAttribute("book", this.ledger.cashBook(year, CashBookFilter.NONE, page, PAGE_SIZE));
		model.addAttribute("comment", comment);
		if (!model.containsAttribute("commentError")) {
			model.addAttribute("commentError", null);
		}
		return "reporting/quitus-view";
	}

	private static String invalid(Link link, Model model, HttpServletResponse response) {
		response
			.setStatus((link.state() == LinkState.UNKNOWN) ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("state", link.state().name());
		model.addAttribute("verifier", link.verifier());
		return "reporting/quitus-invalid";
	}

	private static int readPage(String typed) {
		if (typed == null || !typed.matches("\\d{1,5}")) {
			return 0;
		}
		return Integer.parseInt(typed);
	}

}
