package coop.occe.retkoop.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.internal.CashBookPages;
import coop.occe.retkoop.ledger.internal.CashBoxGuard;
import coop.occe.retkoop.ledger.internal.ChartRepository;
import coop.occe.retkoop.ledger.internal.EntryChecks;
import coop.occe.retkoop.ledger.internal.EntryRepository;
import coop.occe.retkoop.ledger.internal.FiscalYearRepository;
import coop.occe.retkoop.ledger.internal.LedgerAudit;
import coop.occe.retkoop.ledger.internal.OpeningCarry;
import coop.occe.retkoop.ledger.internal.YearOpener;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The posting core of the cooperatives' books: open a year, check, post, correct and
 * cancel entries, read the cash book, the position to date and the chart. It knows no
 * feature: the features (régies, cheques, class books…) plug in through
 * {@link YearOpeningStep}, {@link YearClosingStep}, {@link EntryChangeGuard},
 * {@link DraftCheck} and {@link PostingStep}.
 */
@Service
public class Ledger {

	private final ChartRepository charts;

	private final FiscalYearRepository years;

	private final EntryRepository entries;

	private final CashBookPages pages;

	private final YearOpener opener;

	private final List<EntryChangeGuard> changeGuards;

	private final List<YearClosingStep> closingSteps;

	private final List<DraftCheck> draftChecks;

	private final LedgerAudit audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LedgerSettings settings;

	private final CashBoxGuard cashBox;

	private final OpeningCarry carry;

	Ledger(LedgerSettings settings, ChartRepository charts, FiscalYearRepository years, EntryRepository entries,
			CashBookPages pages, YearOpener opener, List<EntryChangeGuard> changeGuards,
			List<YearClosingStep> closingSteps, List<DraftCheck> draftChecks, LedgerAudit audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			CashBoxGuard cashBox, OpeningCarry carry) {
		this.settings = settings;
		this.charts = charts;
		this.years = years;
		this.entries = entries;
		this.pages = pages;
		this.opener = opener;
		this.changeGuards = changeGuards;
		this.closingSteps = closingSteps;
		this.draftChecks = draftChecks;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.cashBox = cashBox;
		this.carry = carry;
	}

	/** The school year of today. */
	public SchoolYear currentYear() {
		return SchoolYear.containing(today());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The association's chart for the year, the default one until the AD changes it. */
	public List<Account> chart(long associationId, SchoolYear year) {
		return this.charts.accounts(associationId, year);
	}

	/** The accounts of a kind that new entries of the year may use. */
	public List<Account> activeAccounts(FiscalYear year, AccountKind kind) {
		return chart(year.associationId(), year.schoolYear()).stream()
			.filter((a) -> a.active() && a.kind() == kind)
			.toList();
	}

	/** The association's chart for the year by account code. */
	public Map<String, Account> chartByCode(long associationId, SchoolYear year) {
		return chart(associationId, year).stream().collect(Collectors.toMap(Account::code, Function.identity()));
	}

	public Optional<FiscalYear> fiscalYear(long cooperativeId, SchoolYear year) {
		return this.years.find(cooperativeId, year);
	}

	/**
	 * The balances carried forward into a year: the bank and the cash box of 31 August of
	 * the previous year, when the cooperative kept its books here then.
	 */
	public Optional<Position> carriedForward(long cooperativeId, SchoolYear year) {
		return this.years.find(cooperativeId, year.previous())
			.map((previous) -> position(previous, previous.schoolYear().lastDay()));
	}

	/**
	 * Opens the cooperative's books for a year with the balances of 1 September (typed
	 * the first year, carried forward from the previous year after); returns the existing
	 * year if it was already opened. Each {@link YearOpeningStep} carries what it keeps
	 * from the previous year in the same transaction. Refused with the opening's
	 * problems.
	 */
	public Result<FiscalYear> openYear(long cooperativeId, SchoolYear year, Money typedBank, Money typedCash,
			VoucherStyle style) {
		Optional<FiscalYear> previous = this.years.find(cooperativeId, year.previous());
		Optional<Position> carried = previous.map((p) -> position(p, p.schoolYear().lastDay()));
		Money openingBank = carried.map(Position::bank).orElse(typedBank);
		Money openingCash = carried.map(Position::cash).orElse(typedCash);
		List<Problem> problems = FiscalYear.checkOpening(openingBank, openingCash, style);
		return problems.isEmpty() ? this.opener.open(cooperativeId, year, previous, openingBank, openingCash, style)
				: Result.refused(problems);
	}

	/** The problems of a draft in the cooperative's year, all of them. */
	public List<Problem> check(FiscalYear year, EntryDraft draft) {
		List<Problem> problems = new ArrayList<>(EntryChecks.check(draft,
				new EntryChecks.Context(year.schoolYear(), year.closed(),
						chartByCode(year.associationId(), year.schoolYear()),
						this.settings.advanceCeiling(year.associationId()))));
		for (DraftCheck check : this.draftChecks) {
			problems.addAll(check.check(year, draft));
		}
		return problems;
	}

	/**
	 * Posts a draft in the cooperative's year: checks it, gives it the next voucher
	 * number and records it with its balanced lines, all in one transaction. A draft
	 * whose idempotency key was already posted is not posted again: the first entry is
	 * returned.
	 */
	public PostResult post(FiscalYear year, EntryDraft draft) {
		return post(year, draft, PostingStep.NONE);
	}

	/**
	 * Posts a draft and, in the same transaction, takes the caller's step; when the step
	 * answers problems, nothing is saved and the result is refused with them.
	 */
	public PostResult post(FiscalYear year, EntryDraft draft, PostingStep step) {
		Optional<PostResult> earlier = earlier(year, draft);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		List<Problem> problems = check(year, draft);
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		BalancedLines lines = BalancedLines.of(draft);
		try {
			return this.transaction.execute((status) -> {
				List<Problem> before = step.beforeInsert();
				if (!before.isEmpty()) {
					status.setRollbackOnly();
					return PostResult.refused(before);
				}
				PostResult posted = insert(year, draft, lines);
				List<Problem> after = this.cashBox.problemsPosting(year, posted.entryId(), draft.date(), lines);
				after = after.isEmpty() ? step.afterInsert(posted) : after;
				after = after.isEmpty() ? this.carry.follow(year) : after;
				if (!after.isEmpty()) {
					status.setRollbackOnly();
					return PostResult.refused(after);
				}
				return posted;
			});
		}
		catch (FiscalYearRepository.YearClosedException ex) {
			return PostResult.refused(List.of(Problem.of(null, "ledger.year.closed", year.schoolYear().label())));
		}
		catch (DuplicateKeyException ex) {
			return earlier(year, draft).orElseThrow(() -> ex);
		}
	}

	/** The entry already posted with the draft's idempotency key (a double click). */
	public Optional<PostResult> earlier(FiscalYear year, EntryDraft draft) {
		return Optional.ofNullable(draft.idempotencyKey())
			.flatMap((key) -> this.entries.findByIdempotencyKey(year.cooperativeId(), key))
			.map((header) -> PostResult.replayed(header.id(), header.voucher()));
	}

	/** Inserts a checked draft with the next voucher number; inside a transaction. */
	private PostResult insert(FiscalYear year, EntryDraft draft, BalancedLines lines) {
		int number = this.years.takeVoucherNumber(year.id(), year.voucherStyle(), draft.operation());
		String voucher = year.voucherStyle().format(draft.operation(), number);
		long id = this.entries.insert(year.cooperativeId(), year.id(), voucher, draft, lines,
				OffsetDateTime.now(this.clock));
		this.audit.entryPosted(year, voucher, draft, lines);
		this.events.publishEvent(new EntryPosted(year.cooperativeId(), id, voucher, draft.date(), draft.amount()));
		return PostResult.posted(id, voucher);
	}

	/** An entry of the cooperative's year, or empty if it belongs to someone else. */
	public Optional<EntryView> entry(FiscalYear year, long entryId) {
		return this.entries.find(year.id(), entryId);
	}

	/**
	 * Why an entry may be neither corrected nor cancelled: an operation of a feature, or
	 * a feature's {@link EntryChangeGuard} holds it.
	 */
	public List<Problem> problemsChanging(EntryView entry) {
		List<Problem> problems = new ArrayList<>();
		if (!entry.operation().isPlain()) {
			problems.add(Problem.of(null, "ledger.entry.ofAdvance"));
		}
		this.changeGuards.stream()
			.flatMap((guard) -> guard.problemsChanging(entry.id()).stream())
			.filter((problem) -> problems.stream().noneMatch((p) -> p.code().equals(problem.code())))
			.forEachOrdered(problems::add);
		return problems;
	}

	/**
	 * Why a feature may not write its own records (cash counts, statements, projects,
	 * class lines…) into the year: the year is closed, its compte rendu financier sent.
	 * Called inside the feature's writing transaction, it reads the year under its row
	 * lock, so that a closing at the same instant either came first (refused) or waits
	 * for the write. The one check of every feature's writes.
	 */
	public List<Problem> problemsWriting(FiscalYear year) {
		return this.years.lockAndReadClosed(year.id()) ? List.of(yearClosed(year.schoolYear())) : List.of();
	}

	/**
	 * Why a feature may not write something dated on that day: the cooperative's year
	 * that holds the date is closed (none when the books of that year are not kept here).
	 */
	public List<Problem> problemsWritingOn(long cooperativeId, LocalDate date) {
		if (date == null) {
			return List.of();
		}
		return this.years.find(cooperativeId, SchoolYear.containing(date)).map(this::problemsWriting).orElse(List.of());
	}

	private static Problem yearClosed(SchoolYear year) {
		return Problem.of(null, "ledger.year.closed", year.label());
	}

	/**
	 * One page of the cash book with the balances of the bank and the cash box after each
	 * line.
	 */
	public CashBookPage cashBook(FiscalYear year, CashBookFilter filter, int page, int size) {
		return this.pages.page(year, filter, page, size);
	}

	/**
	 * Corrects an entry before the year is closed; its voucher number and operation stay.
	 * Refused with a problem when somebody changed it meanwhile.
	 */
	public PostResult correct(FiscalYear year, long entryId, int version, EntryDraft draft) {
		EntryView before = this.entries.find(year.id(), entryId).orElseThrow();
		EntryDraft corrected = new EntryDraft(before.operation(), draft.date(), draft.label(), draft.means(),
				draft.chequeNumber(), draft.amount(), draft.splits(), null, draft.projectId());
		List<Problem> problems = new ArrayList<>(check(year, corrected));
		problems.addAll(problemsChanging(before));
		if (before.cancelled()) {
			problems.add(Problem.of(null, "ledger.entry.cancelled"));
		}
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		BalancedLines lines = BalancedLines.of(corrected);
		return change(year, before, () -> this.cashBox.problemsReplacing(year, before, corrected.date(), lines),
				() -> this.entries.update(entryId, year.id(), version, corrected, lines),
				() -> this.audit.entryCorrected(year, before, corrected, lines));
	}

	/**
	 * Cancels an entry before the year is closed: it no longer counts, its voucher number
	 * stays in the book marked "annulée". Refused with the problems that prevent it.
	 */
	public PostResult cancel(FiscalYear year, long entryId, int version) {
		if (year.closed()) {
			return PostResult.refused(List.of(Problem.of(null, "ledger.year.closed", year.schoolYear().label())));
		}
		EntryView before = this.entries.find(year.id(), entryId).orElseThrow();
		List<Problem> problems = problemsChanging(before);
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		return change(year, before, () -> this.cashBox.problemsCancelling(year, before),
				() -> this.entries.cancel(entryId, year.id(), version), () -> this.audit.entryCancelled(year, before));
	}

	/**
	 * Makes a change of a posted entry and records it under the year's lock, unless a
	 * check answers problems (the cash box), the year was closed or the entry changed
	 * meanwhile.
	 */
	private PostResult change(FiscalYear year, EntryView before, Supplier<List<Problem>> check, BooleanSupplier changed,
			Runnable record) {
		List<Problem> problems = new ArrayList<>();
		boolean done = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			// The year's lock first, as posting takes it: the month totals change one
			// writer at a time.
			this.years.lock(year.id());
			problems.addAll(check.get());
			if (!problems.isEmpty() || isClosedNow(year) || !changed.getAsBoolean()) {
				return false;
			}
			problems.addAll(this.carry.follow(year));
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
				return false;
			}
			record.run();
			return true;
		}));
		return done ? PostResult.posted(before.id(), before.voucher()) : PostResult
			.refused(problems.isEmpty() ? List.of(Problem.of(null, "ledger.entry.concurrentChange")) : problems);
	}

	/** "Où en sommes-nous ?" at a date of the year (included). */
	public Position position(FiscalYear year, LocalDate date) {
		return Position.of(date, year.openingBank(), year.openingCash(), year.openingAdvances(),
				this.entries.sumsByAccount(year.id(), date), chartByCode(year.associationId(), year.schoolYear()));
	}

	/**
	 * Closes the year (when its accounts are submitted): no entry is posted, corrected or
	 * cancelled any more; corrections become entries of the next year. Each
	 * {@link YearClosingStep} is taken in the closing transaction. Refused when it was
	 * closed already.
	 */
	public Result<Void> closeYear(FiscalYear year) {
		return setClosed(year, true, "LEDGER_YEAR_CLOSED", "ledger.year.alreadyClosed");
	}

	/** Reopens a closed year, at the AD's request; refused when it is not closed. */
	public Result<Void> reopenYear(FiscalYear year) {
		return setClosed(year, false, "LEDGER_YEAR_REOPENED", "ledger.year.notClosed");
	}

	private Result<Void> setClosed(FiscalYear year, boolean closed, String event, String alreadyCode) {
		boolean done = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			boolean changed = this.years.setClosed(year.id(), closed);
			if (changed) {
				this.audit.yearClosedOrReopened(year, event);
				if (closed) {
					this.closingSteps.forEach((step) -> step.yearClosing(year));
				}
			}
			return changed;
		}));
		return done ? Result.done() : Result.refused(Problem.of(null, alreadyCode, year.schoolYear().label()));
	}

	private boolean isClosedNow(FiscalYear year) {
		return this.years.find(year.cooperativeId(), year.schoolYear()).map(FiscalYear::closed).orElse(true);
	}

}
