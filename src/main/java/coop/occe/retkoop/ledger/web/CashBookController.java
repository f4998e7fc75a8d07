package coop.occe.retkoop.ledger.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.CashBookFilter;
import coop.occe.retkoop.ledger.CashBookLine;
import coop.occe.retkoop.ledger.CashBookPage;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.ledger.projects.Projects;
import coop.occe.retkoop.platform.Downloads;
import coop.occe.retkoop.platform.SpreadsheetCsv;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mandataire's cash book, filtered and paged, its CSV export, and "Où en sommes-nous
 * ?". The cooperative is always the signed-in mandataire's.
 */
@Controller
class CashBookController {

	static final int PAGE_SIZE = 50;

	static final List<Operation> PLAIN = Arrays.stream(Operation.values()).filter(Operation::isPlain).toList();

	private final Ledger ledger;

	private final ExportColumns columns;

	private final Advances advances;

	private final Projects projects;

	CashBookController(Ledger ledger, ExportColumns columns, Advances advances, Projects projects) {
		this.ledger = ledger;
		this.columns = columns;
		this.advances = advances;
		this.projects = projects;
	}

	@GetMapping("/coop/comptabilite")
	String book(@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to,
			@RequestParam(name = "compte", defaultValue = "") String account,
			@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "montant", defaultValue = "") String amount,
			@RequestParam(name = "projet", required = false) Long project, @RequestParam(defaultValue = "-1") int page,
			Model model) {
		Optional<FiscalYear> found = workingYear();
		if (found.isEmpty()) {
			OpeningForm form = new OpeningForm();
			this.ledger.carriedForward(cooperativeId(), this.ledger.currentYear()).ifPresent((carried) -> {
				form.setOpeningBank(carried.bank().formatNumber());
				form.setOpeningCash(carried.cash().formatNumber());
				model.addAttribute("carried", carried);
			});
			model.addAttribute("form", form);
			model.addAttribute("year", this.ledger.currentYear());
			model.addAttribute("styles", VoucherStyle.values());
			return "ledger/open";
		}
		FiscalYear year = found.get();
		List<String> ignored = new ArrayList<>();
		LocalDate fromDate = readDate(from, ignored);
		LocalDate toDate = readDate(to, ignored);
		Money typedAmount = null;
		if (!amount.isBlank()) {
			typedAmount = Money.parse(amount).orElse(null);
			if (typedAmount == null) {
				ignored.add(amount);
			}
		}
		CashBookFilter filter = new CashBookFilter(fromDate, toDate, account, text, typedAmount, project);
		CashBookPage book = this.ledger.cashBook(year, filter, page, PAGE_SIZE);
		model.addAttribute("projects", this.projects.projects(year));
		model.addAttribute("projet", project);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("book", book);
		model.addAttribute("accounts",
				this.ledger.chart(year.associationId(), year.schoolYear())
					.stream()
					.filter((a) -> a.kind() != AccountKind.EQUITY)
					.toList());
		model.addAttribute("du", from);
		model.addAttribute("au", to);
		model.addAttribute("compte", account);
		model.addAttribute("q", text);
		model.addAttribute("montant", amount);
		model.addAttribute("ignored", ignored);
		model.addAttribute("operations", PLAIN);
		model.addAttribute("openAdvances", this.advances.openAdvances(year));
		model.addAttribute("yearEndNear", !this.ledger.today().isBefore(year.schoolYear().lastDay().minusMonths(2)));
		return "ledger/book";
	}

	/** The cash book as a CSV file for a spreadsheet (semicolons, UTF-8 with BOM). */
	@GetMapping(value = "/coop/comptabilite/export.csv")
	void export(@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to,
			@RequestParam(name = "compte", defaultValue = "") String account,
			@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "montant", defaultValue = "") String amount, HttpServletResponse response)
			throws IOException {
		FiscalYear year = year();
		List<String> ignored = new ArrayList<>();
		CashBookFilter filter = new CashBookFilter(readDate(from, ignored), readDate(to, ignored), account, text,
				amount.isBlank() ? null : Money.parse(amount).orElse(null));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				Downloads.attachment("cahier-" + year.schoolYear().startYear() + ".csv"));
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (var csv = SpreadsheetCsv.on(writer)) {
			csv.row(this.columns.names());
			int page = 0;
			CashBookPage book;
			do {
				book = this.ledger.cashBook(year, filter, page, 1000);
				for (CashBookLine line : book.lines()) {
					csv.row(line.voucher(), Dates.format(line.date()), line.label(), line.chequeNumber(), line.bankIn(),
							line.bankOut(), line.cashIn(), line.cashOut(), line.splitText(), line.bankBalance(),
							line.cashBalance(), this.columns.cancelled(line.cancelled()));
				}
				page++;
			}
			while (book.hasNext());
		}
	}

	@GetMapping("/coop/comptabilite/situation")
	String situation(@RequestParam(name = "date", defaultValue = "") String typed, Model model) {
		FiscalYear year = year();
		LocalDate date = Dates.parse(typed).orElse(OpenYear.defaultDate(this.ledger, year));
		if (date.isBefore(year.schoolYear().firstDay())) {
			date = year.schoolYear().firstDay();
		}
		if (date.isAfter(year.schoolYear().lastDay())) {
			date = year.schoolYear().lastDay();
		}
		model.addAttribute("fiscalYear", year);
		model.addAttribute("position", this.ledger.position(year, date));
		model.addAttribute("date", Dates.format(date));
		return "ledger/situation";
	}

	private static LocalDate readDate(String typed, List<String> ignored) {
		if (typed.isBlank()) {
			return null;
		}
		Optional<LocalDate> date = Dates.parse(typed);
		if (date.isEmpty()) {
			ignored.add(typed);
		}
		return date.orElse(null);
	}

	/** The working year, empty when the current year is to be opened. */
	private Optional<FiscalYear> workingYear() {
		try {
			return Optional.of(year());
		}
		catch (YearNotOpenedException ex) {
			return Optional.empty();
		}
	}

	/** The signed-in cooperative's working year; pages need it opened first. */
	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

	private static long cooperativeId() {
		Actor actor = CurrentActor.get();
		if (actor.cooperativeId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return actor.cooperativeId();
	}

}
