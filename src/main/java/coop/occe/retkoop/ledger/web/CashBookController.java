package coop.occe.retkoop.ledger.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.CashBookFilter;
import coop.occe.retkoop.ledger.CashBookPage;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.Problem;
import coop.occe.retkoop.ledger.VoucherStyle;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Money;
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
 * The mandataire's cash book: opening the year, the book itself, the plain-words entry
 * forms, one entry with its double-entry lines, corrections and cancellations, and "Où en
 * sommes-nous ?". The cooperative is always the signed-in mandataire's; an entry of any
 * other cooperative is "not found".
 */
@Controller
class CashBookController {

	static final int PAGE_SIZE = 50;

	static final List<Operation> PLAIN = java.util.Arrays.stream(Operation.values())
		.filter(Operation::isPlain)
		.toList();

	private final Ledger ledger;

	private final ExportColumns columns;

	CashBookController(Ledger ledger, ExportColumns columns) {
		this.ledger = ledger;
		this.columns = columns;
	}

	@ModelAttribute("allMeans")
	PaymentMeans[] allMeans() {
		return PaymentMeans.OF_CASH_BOOK.toArray(PaymentMeans[]::new);
	}

	@GetMapping("/coop/comptabilite")
	String book(@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to,
			@RequestParam(name = "compte", defaultValue = "") String account,
			@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "montant", defaultValue = "") String amount,
			@RequestParam(name = "projet", required = false) Long project, @RequestParam(defaultValue = "-1") int page,
			Model model) {
		Optional<FiscalYear> found = this.ledger.fiscalYear(cooperativeId(), this.ledger.currentYear());
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
		model.addAttribute("projects", this.ledger.projects(year));
		model.addAttribute("projet", project);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("book", book);
		model.addAttribute("accounts",
				this.ledger.chart(year.associationId(), year.schoolYear())
					.stream()
					.filter((a) -> a.kind() != coop.occe.retkoop.ledger.AccountKind.EQUITY)
					.toList());
		model.addAttribute("du", from);
		model.addAttribute("au", to);
		model.addAttribute("compte", account);
		model.addAttribute("q", text);
		model.addAttribute("montant", amount);
		model.addAttribute("ignored", ignored);
		model.addAttribute("operations", PLAIN);
		model.addAttribute("openAdvances",
				this.ledger.advances(year).stream().filter(coop.occe.retkoop.ledger.Advance::isOpen).toList());
		model.addAttribute("yearEndNear", !this.ledger.today().isBefore(year.schoolYear().lastDay().minusMonths(2)));
		return "ledger/book";
	}

	/** The cash book as a CSV file for a spreadsheet (semicolons, UTF-8 with BOM). */
	@GetMapping(value = "/coop/comptabilite/export.csv")
	void export(@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to,
			@RequestParam(name = "compte", defaultValue = "") String account,
			@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "montant", defaultValue = "") String amount,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		FiscalYear year = year();
		List<String> ignored = new ArrayList<>();
		CashBookFilter filter = new CashBookFilter(readDate(from, ignored), readDate(to, ignored), account, text,
				amount.isBlank() ? null : Money.parse(amount).orElse(null));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				coop.occe.retkoop.platform.Downloads.attachment("cahier-" + year.schoolYear().startYear() + ".csv"));
		var writer = new java.io.OutputStreamWriter(response.getOutputStream(),
				java.nio.charset.StandardCharsets.UTF_8);
		try (var csv = coop.occe.retkoop.platform.SpreadsheetCsv.on(writer)) {
			csv.row(this.columns.names());
			int page = 0;
			CashBookPage book;
			do {
				book = this.ledger.cashBook(year, filter, page, 1000);
				for (coop.occe.retkoop.ledger.CashBookLine line : book.lines()) {
					csv.row(line.voucher(), Dates.format(line.date()), line.label(), line.chequeNumber(), line.bankIn(),
							line.bankOut(), line.cashIn(), line.cashOut(), line.splitText(), line.bankBalance(),
							line.cashBalance(), line.cancelled() ? "oui" : "");
				}
				page++;
			}
			while (book.hasNext());
		}
	}

	@PostMapping("/coop/comptabilite/ouverture")
	String open(@ModelAttribute("form") OpeningForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SchoolYear year = this.ledger.currentYear();
		List<Problem> problems = new ArrayList<>();
		Optional<coop.occe.retkoop.ledger.Position> carried = this.ledger.carriedForward(cooperativeId(), year);
		Money bank = carried.isPresent() ? carried.get().bank()
				: readOpening(form.getOpeningBank(), "openingBank", problems);
		Money cash = carried.isPresent() ? carried.get().cash()
				: readOpening(form.getOpeningCash(), "openingCash", problems);
		Set<String> wrong = fields(problems);
		for (Problem problem : Ledger.checkOpening(bank, cash, form.getVoucherStyle())) {
			if (!wrong.contains(problem.field())) {
				problems.add(problem);
			}
		}
		reject(errors, problems);
		if (errors.hasErrors()) {
			model.addAttribute("year", year);
			model.addAttribute("styles", VoucherStyle.values());
			return "ledger/open";
		}
		this.ledger.openYear(cooperativeId(), year, bank, cash, form.getVoucherStyle());
		redirect.addFlashAttribute("notice", "ledger.opened");
		return "redirect:/coop/comptabilite";
	}

	@GetMapping("/coop/comptabilite/operations/new")
	String newForm(@RequestParam(name = "type", defaultValue = "EXPENSE") String type, Model model) {
		FiscalYear year = year();
		EntryForm form = new EntryForm();
		form.setOperation(operation(type));
		LocalDate today = this.ledger.today();
		form.setDate(Dates.format(year.schoolYear().contains(today) ? today : year.schoolYear().lastDay()));
		form.setKey(UUID.randomUUID().toString());
		if (form.getOperation() == Operation.EXPENSE) {
			this.ledger.suggestedCheque(year.cooperativeId()).ifPresent((n) -> form.setChequeNumber(n.toString()));
		}
		return showForm(year, form, null, model);
	}

	@PostMapping("/coop/comptabilite/operations")
	String create(@ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		warnReusedCheque(year, draft, form, null, problems);
		if (problems.isEmpty() && !errors.hasErrors()) {
			PostResult result = this.ledger.post(year, draft);
			if (result.isPosted()) {
				redirect.addFlashAttribute("voucherNotice",
						result.alreadyPosted() ? "ledger.replayed" : "ledger.posted");
				redirect.addFlashAttribute("voucher", result.voucher());
				return "redirect:/coop/comptabilite/operations/" + result.entryId();
			}
			problems.addAll(result.problems());
		}
		else {
			addCheckProblems(year, draft, problems);
		}
		reject(errors, problems);
		form.fillRows();
		return showForm(year, form, null, model);
	}

	@GetMapping("/coop/comptabilite/operations/{entryId}")
	String show(@PathVariable long entryId, Model model) {
		FiscalYear year = year();
		model.addAttribute("fiscalYear", year);
		model.addAttribute("entry", entry(year, entryId));
		model.addAttribute("accounts",
				this.ledger.chart(year.associationId(), year.schoolYear())
					.stream()
					.collect(java.util.stream.Collectors.toMap(Account::code, Account::label)));
		return "ledger/entry";
	}

	@GetMapping("/coop/comptabilite/operations/{entryId}/edit")
	String editForm(@PathVariable long entryId, Model model) {
		FiscalYear year = year();
		EntryView entry = entry(year, entryId);
		if (entry.cancelled() || year.closed() || !entry.operation().isPlain()) {
			return "redirect:/coop/comptabilite/operations/" + entryId;
		}
		return showForm(year, EntryForm.of(entry), entry, model);
	}

	@PostMapping("/coop/comptabilite/operations/{entryId}")
	String update(@PathVariable long entryId, @ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		EntryView entry = entry(year, entryId);
		form.setOperation(entry.operation());
		List<Problem> problems = new ArrayList<>();
		EntryDraft draft = form.toDraft(problems);
		warnReusedCheque(year, draft, form, entryId, problems);
		if (problems.isEmpty() && !errors.hasErrors()) {
			PostResult result = this.ledger.correct(year, entryId, form.getVersion(), draft);
			if (result.isPosted()) {
				redirect.addFlashAttribute("voucherNotice", "ledger.corrected");
				redirect.addFlashAttribute("voucher", result.voucher());
				return "redirect:/coop/comptabilite/operations/" + entryId;
			}
			problems.addAll(result.problems());
		}
		else {
			addCheckProblems(year, draft, problems);
		}
		reject(errors, problems);
		form.fillRows();
		return showForm(year, form, entry, model);
	}

	@PostMapping("/coop/comptabilite/operations/{entryId}/cancel")
	String cancel(@PathVariable long entryId, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		EntryView entry = entry(year, entryId);
		boolean done = this.ledger.cancel(year, entryId, version);
		redirect.addFlashAttribute("voucherNotice", done ? "ledger.cancelledNotice" : "ledger.cancelFailed");
		redirect.addFlashAttribute("voucher", entry.voucher());
		return "redirect:/coop/comptabilite/operations/" + entryId;
	}

	@GetMapping("/coop/comptabilite/chequiers")
	String chequebooks(Model model) {
		FiscalYear year = year();
		model.addAttribute("form", new ChequebookForm());
		return showChequebooks(year, model);
	}

	@PostMapping("/coop/comptabilite/chequiers")
	String addChequebook(@ModelAttribute("form") ChequebookForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		List<Problem> problems = this.ledger.addChequebook(year.cooperativeId(), form.getFirstNumber(),
				form.getLastNumber());
		if (!problems.isEmpty()) {
			reject(errors, problems);
			return showChequebooks(year, model);
		}
		redirect.addFlashAttribute("notice", "ledger.chequebook.added");
		return "redirect:/coop/comptabilite/chequiers";
	}

	private String showChequebooks(FiscalYear year, Model model) {
		model.addAttribute("chequebooks", this.ledger.chequebooks(year.cooperativeId()));
		model.addAttribute("suggestedCheque", this.ledger.suggestedCheque(year.cooperativeId()).orElse(null));
		return "ledger/chequebooks";
	}

	@GetMapping("/coop/comptabilite/situation")
	String situation(@RequestParam(name = "date", defaultValue = "") String typed, Model model) {
		FiscalYear year = year();
		LocalDate today = this.ledger.today();
		LocalDate date = Dates.parse(typed).orElse(today);
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

	private String showForm(FiscalYear year, EntryForm form, EntryView editing, Model model) {
		Operation operation = form.getOperation();
		List<Account> accounts = (operation.splitKind() == null) ? List.of()
				: this.ledger.chart(year.associationId(), year.schoolYear())
					.stream()
					.filter((a) -> a.active() && a.kind() == operation.splitKind())
					.toList();
		model.addAttribute("form", form);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("accounts", accounts);
		model.addAttribute("editing", editing);
		model.addAttribute("projects", this.ledger.projects(year));
		if (operation == Operation.EXPENSE) {
			model.addAttribute("suggestedCheque", this.ledger.suggestedCheque(year.cooperativeId()).orElse(null));
		}
		return "ledger/entry-form";
	}

	/**
	 * A cheque number already written is not refused (a cheque may be cancelled and its
	 * entry typed again) but must be confirmed.
	 */
	private void warnReusedCheque(FiscalYear year, EntryDraft draft, EntryForm form, Long entryId,
			List<Problem> problems) {
		if (draft.means() == PaymentMeans.CHEQUE && draft.operation() == Operation.EXPENSE && !form.isConfirmReuse()
				&& this.ledger.chequeAlreadyWritten(year.cooperativeId(), draft.chequeNumber(), entryId)) {
			problems.add(new Problem("chequeNumber", "ledger.chequeNumber.reused", draft.chequeNumber()));
			form.setReuseWarned(true);
		}
	}

	/** The problems of the checks, on the fields the form could read. */
	private void addCheckProblems(FiscalYear year, EntryDraft draft, List<Problem> problems) {
		Set<String> wrong = fields(problems);
		for (Problem problem : this.ledger.check(year, draft)) {
			if (!wrong.contains(problem.field())) {
				problems.add(problem);
			}
		}
	}

	private static Set<String> fields(List<Problem> problems) {
		Set<String> fields = new HashSet<>();
		problems.forEach((problem) -> fields.add(problem.field()));
		return fields;
	}

	static void rejectAll(BindingResult errors, List<Problem> problems) {
		reject(errors, problems);
	}

	private static void reject(BindingResult errors, List<Problem> problems) {
		for (Problem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.code(), problem.arguments(), null);
			}
			else {
				errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
			}
		}
	}

	private static Money readOpening(String typed, String field, List<Problem> problems) {
		if (typed.isBlank()) {
			return null;
		}
		Optional<Money> read = Money.parse(typed);
		if (read.isEmpty()) {
			problems.add(new Problem(field, "ledger.opening.format"));
		}
		return read.orElse(null);
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

	private static Operation operation(String type) {
		try {
			Operation operation = Operation.valueOf(type);
			if (!operation.isPlain()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return operation;
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private EntryView entry(FiscalYear year, long entryId) {
		return this.ledger.entry(year, entryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The signed-in cooperative's current year; pages need it opened first. */
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
