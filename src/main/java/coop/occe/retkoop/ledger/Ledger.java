package coop.occe.retkoop.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.internal.AdvanceRepository;
import coop.occe.retkoop.ledger.internal.CashCountRepository;
import coop.occe.retkoop.ledger.internal.ClassBookRepository;
import coop.occe.retkoop.ledger.internal.ChartRepository;
import coop.occe.retkoop.ledger.internal.DepositSlipRepository;
import coop.occe.retkoop.ledger.internal.DurableGoodRepository;
import coop.occe.retkoop.ledger.internal.ChequeRepository;
import coop.occe.retkoop.ledger.internal.EntryChecks;
import coop.occe.retkoop.ledger.internal.EntryRepository;
import coop.occe.retkoop.ledger.internal.FiscalYearRepository;
import coop.occe.retkoop.ledger.internal.ProjectRepository;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cooperatives' books, for every page and module: open a year, post, correct and
 * cancel entries, read the cash book and the position to date.
 */
@Service
public class Ledger {

	private final Directory directory;

	private final ChartRepository charts;

	private final FiscalYearRepository years;

	private final EntryRepository entries;

	private final ChequeRepository cheques;

	private final AdvanceRepository advances;

	private final CashCountRepository cashCounts;

	private final DepositSlipRepository slips;

	private final ProjectRepository projects;

	private final DurableGoodRepository goods;

	private final ClassBookRepository classBooks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LedgerSettings settings;

	Ledger(LedgerSettings settings, Directory directory, ChartRepository charts, FiscalYearRepository years,
			EntryRepository entries, ChequeRepository cheques, AdvanceRepository advances,
			CashCountRepository cashCounts, DepositSlipRepository slips, ProjectRepository projects,
			DurableGoodRepository goods, ClassBookRepository classBooks, AuditTrail audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.directory = directory;
		this.charts = charts;
		this.years = years;
		this.entries = entries;
		this.cheques = cheques;
		this.advances = advances;
		this.cashCounts = cashCounts;
		this.slips = slips;
		this.projects = projects;
		this.goods = goods;
		this.classBooks = classBooks;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
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

	public Optional<FiscalYear> fiscalYear(long cooperativeId, SchoolYear year) {
		return this.years.find(cooperativeId, year);
	}

	/**
	 * Problems of the opening balances as typed (each may be null when not an amount).
	 */
	public static List<Problem> checkOpening(Money openingBank, Money openingCash, VoucherStyle style) {
		List<Problem> problems = new ArrayList<>();
		if (openingBank == null) {
			problems.add(new Problem("openingBank", "ledger.opening.required"));
		}
		if (openingCash == null) {
			problems.add(new Problem("openingCash", "ledger.opening.required"));
		}
		else if (openingCash.isNegative()) {
			problems.add(new Problem("openingCash", "ledger.opening.cashNegative"));
		}
		if (style == null) {
			problems.add(new Problem("voucherStyle", "ledger.voucherStyle.required"));
		}
		return problems;
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
	 * year if it was already opened. The régies still open in the previous year are
	 * carried with what remains of them, and closed in the new year.
	 */
	public FiscalYear openYear(long cooperativeId, SchoolYear year, Money typedBank, Money typedCash,
			VoucherStyle style) {
		Optional<FiscalYear> previous = this.years.find(cooperativeId, year.previous());
		Optional<Position> carried = previous.map((p) -> position(p, p.schoolYear().lastDay()));
		Money openingBank = carried.map(Position::bank).orElse(typedBank);
		Money openingCash = carried.map(Position::cash).orElse(typedCash);
		if (!checkOpening(openingBank, openingCash, style).isEmpty()) {
			throw new IllegalArgumentException("Invalid opening");
		}
		List<Advance> stillOpen = previous
			.map((p) -> this.advances.all(p.id())
				.stream()
				.filter((a) -> a.isOpen() && a.remaining().isPositive() && !this.advances.isCarriedForward(a.id()))
				.toList())
			.orElse(List.of());
		Money openingAdvances = stillOpen.stream().map(Advance::remaining).reduce(Money.ZERO, Money::plus);
		CooperativeSummary coop = cooperative(cooperativeId);
		try {
			this.transaction.executeWithoutResult((status) -> {
				long yearId = this.years.insert(cooperativeId, coop.associationId(), year, openingBank, openingCash,
						openingAdvances, style);
				Map<Long, Long> carriedIds = new LinkedHashMap<>();
				for (Advance advance : stillOpen) {
					carriedIds.put(advance.id(), this.advances.insert(cooperativeId, yearId, advance.holder(),
							advance.remaining(), year.firstDay(), null, advance.classBookId(), advance.id()));
				}
				// Class lines the mandataire had not reviewed by 31 August go on with the
				// régies they were paid from; the old year's books never had them.
				int pendingLines = previous.isPresent()
						? this.classBooks.carryPending(previous.get().id(), yearId, year.firstDay(), carriedIds) : 0;
				Map<String, String> opened = new LinkedHashMap<>();
				opened.put("banque au 1er septembre", openingBank.format());
				opened.put("caisse au 1er septembre", openingCash.format());
				if (!stillOpen.isEmpty()) {
					opened.put("régies reportées", openingAdvances.format());
				}
				if (pendingLines > 0) {
					opened.put("lignes de classe à valider reportées", Integer.toString(pendingLines));
				}
				opened.put("numérotation", style.name());
				this.audit.record(AuditEvent
					.of("LEDGER_YEAR_OPENED", coop.associationId(), cooperativeId, coop.name() + " " + year.label())
					.withChanges(Map.of(), opened));
			});
		}
		catch (DuplicateKeyException ex) {
			// Opened at the same moment by another session: keep theirs.
		}
		return this.years.find(cooperativeId, year).orElseThrow();
	}

	/** The problems of a draft in the cooperative's year, all of them. */
	public List<Problem> check(FiscalYear year, EntryDraft draft) {
		List<Problem> problems = new ArrayList<>(EntryChecks.check(draft,
				new EntryChecks.Context(year.schoolYear(), year.closed(),
						chartByCode(year.associationId(), year.schoolYear()),
						this.settings.advanceCeiling(year.associationId()))));
		if (draft.projectId() != null && this.projects.find(year.id(), draft.projectId()).isEmpty()) {
			problems.add(new Problem("projectId", "ledger.project.unknown"));
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
		return post(year, draft, (posted) -> true);
	}

	/**
	 * Posts a draft and, in the same transaction, takes a step of the caller's (marking a
	 * class line accepted); when the step answers false, nothing is saved and the result
	 * is refused with {@code refusal}.
	 */
	PostResult post(FiscalYear year, EntryDraft draft, java.util.function.Predicate<PostResult> alsoInTransaction) {
		if (draft.idempotencyKey() != null) {
			Optional<EntryRepository.Header> earlier = this.entries.findByIdempotencyKey(year.cooperativeId(),
					draft.idempotencyKey());
			if (earlier.isPresent()) {
				return PostResult.replayed(earlier.get().id(), earlier.get().voucher());
			}
		}
		List<Problem> problems = check(year, draft);
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		BalancedLines lines = BalancedLines.of(draft);
		try {
			return this.transaction.execute((status) -> {
				PostResult posted = insert(year, draft, lines);
				if (!alsoInTransaction.test(posted)) {
					status.setRollbackOnly();
					return PostResult.refused(List.of(new Problem(null, "ledger.classLine.notPending")));
				}
				return posted;
			});
		}
		catch (FiscalYearRepository.YearClosedException ex) {
			return PostResult.refused(List.of(new Problem(null, "ledger.year.closed", year.schoolYear().label())));
		}
		catch (DuplicateKeyException ex) {
			return replayed(year, draft, ex);
		}
	}

	/** Two submissions of one form at the same instant: the other one won. */
	private PostResult replayed(FiscalYear year, EntryDraft draft, DuplicateKeyException ex) {
		if (draft.idempotencyKey() != null) {
			Optional<EntryRepository.Header> earlier = this.entries.findByIdempotencyKey(year.cooperativeId(),
					draft.idempotencyKey());
			if (earlier.isPresent()) {
				return PostResult.replayed(earlier.get().id(), earlier.get().voucher());
			}
		}
		throw ex;
	}

	/** Inserts a checked draft with the next voucher number; inside a transaction. */
	private PostResult insert(FiscalYear year, EntryDraft draft, BalancedLines lines) {
		int number = this.years.takeVoucherNumber(year.id(), year.voucherStyle(), draft.operation());
		String voucher = year.voucherStyle().format(draft.operation(), number);
		long id = this.entries.insert(year.cooperativeId(), year.id(), voucher, draft, lines,
				OffsetDateTime.now(this.clock));
		this.audit.record(
				AuditEvent.of("LEDGER_ENTRY_POSTED", year.associationId(), year.cooperativeId(), "Pièce n° " + voucher)
					.withChanges(Map.of(), describe(voucher, draft, lines)));
		this.events.publishEvent(new EntryPosted(year.cooperativeId(), id, voucher, draft.date(), draft.amount()));
		return PostResult.posted(id, voucher);
	}

	/** The régies of the year, oldest first. */
	public List<Advance> advances(FiscalYear year) {
		return this.advances.all(year.id());
	}

	public Optional<Advance> advance(FiscalYear year, long advanceId) {
		return this.advances.find(year.id(), advanceId);
	}

	/**
	 * Pays a régie to a teacher: the payment entry (467 against the bank or the cash box)
	 * and the régie, in one transaction. The draft's operation must be ADVANCE_PAYMENT.
	 */
	public PostResult openAdvance(FiscalYear year, String holder, EntryDraft draft) {
		return openAdvance(year, holder, null, draft);
	}

	/**
	 * Pays a régie to a teacher, to the teacher of a class book when {@code classBookId}
	 * is given: that teacher then spends it from the class cash book, line by line. A
	 * class has one open régie at a time; without a name, the régie bears the teacher's.
	 */
	public PostResult openAdvance(FiscalYear year, String holder, Long classBookId, EntryDraft draft) {
		String name = (holder == null) ? "" : holder.strip();
		List<Problem> problems = new ArrayList<>();
		if (classBookId != null) {
			Optional<ClassBook> book = this.classBooks.book(year.cooperativeId(), classBookId);
			if (book.isEmpty()) {
				problems.add(new Problem("classBookId", "ledger.advance.classBookUnknown"));
			}
			else if (this.advances.openOfClassBook(year.id(), classBookId).isPresent()) {
				problems.add(new Problem("classBookId", "ledger.advance.classHasOpen", book.get().className()));
			}
			else if (name.isEmpty()) {
				name = book.get().teacherName();
			}
		}
		if (name.isEmpty()) {
			problems.add(new Problem("holder", "ledger.advance.holderRequired"));
		}
		else if (name.length() > 200) {
			problems.add(new Problem("holder", "ledger.advance.holderTooLong"));
		}
		if (draft.operation() != Operation.ADVANCE_PAYMENT) {
			throw new IllegalArgumentException("Not a régie payment");
		}
		if (draft.idempotencyKey() != null) {
			Optional<EntryRepository.Header> earlier = this.entries.findByIdempotencyKey(year.cooperativeId(),
					draft.idempotencyKey());
			if (earlier.isPresent()) {
				return PostResult.replayed(earlier.get().id(), earlier.get().voucher());
			}
		}
		problems.addAll(check(year, draft));
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		BalancedLines lines = BalancedLines.of(draft);
		String holderName = name;
		try {
			return this.transaction.execute((status) -> {
				if (classBookId != null) {
					// One open régie per class, even when two mandataires pay one at
					// once.
					this.classBooks.lock(classBookId);
					if (this.advances.openOfClassBook(year.id(), classBookId).isPresent()) {
						status.setRollbackOnly();
						return PostResult.refused(List.of(new Problem("classBookId", "ledger.advance.classHasOpen",
								this.classBooks.book(year.cooperativeId(), classBookId)
									.map(ClassBook::className)
									.orElse(""))));
					}
				}
				PostResult posted = insert(year, draft, lines);
				this.advances.insert(year.cooperativeId(), year.id(), holderName, draft.amount(), draft.date(),
						posted.entryId(), classBookId, null);
				return posted;
			});
		}
		catch (FiscalYearRepository.YearClosedException ex) {
			return PostResult.refused(List.of(new Problem(null, "ledger.year.closed", year.schoolYear().label())));
		}
		catch (DuplicateKeyException ex) {
			return replayed(year, draft, ex);
		}
	}

	/** The open régie of a class this year, if the mandataire gave one to its teacher. */
	public Optional<Advance> openAdvanceOfClass(FiscalYear year, long classBookId) {
		return this.advances.openOfClassBook(year.id(), classBookId);
	}

	/**
	 * Records an expense the teacher paid with the régie: a charge against 467, with the
	 * next voucher number. Refused when the régie is closed or the expense exceeds what
	 * remains of it; the same idempotency key posts once.
	 */
	public PostResult spendAdvance(FiscalYear year, Advance advance, EntryDraft draft) {
		return spendAdvance(year, advance, draft, (posted) -> true);
	}

	PostResult spendAdvance(FiscalYear year, Advance advance, EntryDraft draft,
			java.util.function.Predicate<PostResult> alsoInTransaction) {
		if (draft.operation() != Operation.ADVANCE_EXPENSE) {
			throw new IllegalArgumentException("Not an expense on a régie");
		}
		if (draft.idempotencyKey() != null) {
			Optional<EntryRepository.Header> earlier = this.entries.findByIdempotencyKey(year.cooperativeId(),
					draft.idempotencyKey());
			if (earlier.isPresent()) {
				return PostResult.replayed(earlier.get().id(), earlier.get().voucher());
			}
		}
		List<Problem> problems = new ArrayList<>(check(year, draft));
		if (!advance.isOpen()) {
			problems.add(new Problem(null, "ledger.advance.alreadyClosed"));
		}
		else if (this.advances.isCarriedForward(advance.id())) {
			problems.add(new Problem(null, "ledger.advance.carriedForward", year.schoolYear().next().label()));
		}
		else if (draft.amount() != null && draft.amount().compareTo(advance.remaining()) > 0) {
			problems.add(new Problem("amount", "ledger.advance.overRemaining", advance.remaining().format()));
		}
		if (draft.date() != null && draft.date().isBefore(advance.openedOn())) {
			problems.add(new Problem("date", "ledger.advance.expenseBeforePayment"));
		}
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		BalancedLines lines = BalancedLines.of(draft);
		try {
			return this.transaction.execute((status) -> {
				PostResult posted = insert(year, draft, lines);
				if (!this.advances.spend(advance.id(), draft.amount())) {
					status.setRollbackOnly();
					return PostResult.refused(List.of(new Problem("amount", "ledger.advance.overRemaining",
							advance(year, advance.id()).map(Advance::remaining).orElse(Money.ZERO).format())));
				}
				if (!alsoInTransaction.test(posted)) {
					status.setRollbackOnly();
					return PostResult.refused(List.of(new Problem(null, "ledger.classLine.notPending")));
				}
				return posted;
			});
		}
		catch (FiscalYearRepository.YearClosedException ex) {
			return PostResult.refused(List.of(new Problem(null, "ledger.year.closed", year.schoolYear().label())));
		}
		catch (DuplicateKeyException ex) {
			return replayed(year, draft, ex);
		}
	}

	/**
	 * Closes a régie: the teacher's expenses over charge accounts and the remainder back
	 * into the cash box or the bank, in one return entry for what remains of the régie.
	 * When nothing remains (everything was spent from the class cash book), it is closed
	 * without an entry. A régie carried into the next year is closed there, and one whose
	 * class still has régie lines to review waits for them.
	 */
	public PostResult closeAdvance(FiscalYear year, Advance advance, EntryDraft draft) {
		EntryDraft closing = new EntryDraft(Operation.ADVANCE_RETURN, draft.date(), draft.label(), draft.means(),
				draft.chequeNumber(), advance.remaining(), draft.splits(), null);
		boolean nothingLeft = !advance.remaining().isPositive();
		List<Problem> problems = new ArrayList<>();
		if (nothingLeft) {
			problems.addAll(checkEmptyClosing(year, closing));
		}
		else {
			problems.addAll(check(year, closing));
		}
		if (closing.date() != null && closing.date().isBefore(advance.openedOn())) {
			problems.add(new Problem("date", "ledger.advance.returnBeforePayment"));
		}
		if (!advance.isOpen()) {
			problems.add(new Problem(null, "ledger.advance.alreadyClosed"));
		}
		else if (this.advances.isCarriedForward(advance.id())) {
			problems.add(new Problem(null, "ledger.advance.carriedForward", year.schoolYear().next().label()));
		}
		else if (this.classBooks.pendingOnAdvance(advance.id()) > 0) {
			problems.add(new Problem(null, "ledger.advance.pendingClassLines",
					this.classBooks.pendingOnAdvance(advance.id())));
		}
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		try {
			if (nothingLeft) {
				return this.transaction.execute((status) -> {
					if (classLinesArrived(advance)) {
						return PostResult.refused(List.of(new Problem(null, "ledger.advance.changedMeanwhile")));
					}
					if (!this.advances.close(advance.id(), year.id(), advance.spent(), closing.date(), null)) {
						return PostResult.refused(List.of(new Problem(null, "ledger.advance.changedMeanwhile")));
					}
					this.audit.record(AuditEvent
						.of("LEDGER_ADVANCE_CLOSED_SPENT", year.associationId(), year.cooperativeId(),
								"Régie de " + advance.holder())
						.withChanges(Map.of(), Map.of("dépensé", advance.spent().format())));
					return PostResult.nothingToPost();
				});
			}
			return closeAdvance(year, advance, closing, BalancedLines.of(closing));
		}
		catch (FiscalYearRepository.YearClosedException ex) {
			return PostResult.refused(List.of(new Problem(null, "ledger.year.closed", year.schoolYear().label())));
		}
	}

	/** A closing with nothing left: a date inside the open year and no expense. */
	private List<Problem> checkEmptyClosing(FiscalYear year, EntryDraft closing) {
		List<Problem> problems = new ArrayList<>();
		if (year.closed()) {
			problems.add(new Problem(null, "ledger.year.closed", year.schoolYear().label()));
		}
		if (closing.date() == null) {
			problems.add(new Problem("date", "ledger.date.required"));
		}
		else if (!year.schoolYear().contains(closing.date())) {
			problems.add(new Problem("date", "ledger.date.outsideYear", year.schoolYear().label()));
		}
		if (!BalancedLines.nonBlank(closing.splits()).isEmpty()) {
			problems.add(new Problem("parts", "ledger.advance.nothingLeft"));
		}
		return problems;
	}

	/**
	 * Locks the régie's class book (a teacher's régie line takes the same lock) and tells
	 * whether lines on the régie arrived since the closing was checked.
	 */
	private boolean classLinesArrived(Advance advance) {
		if (advance.classBookId() == null) {
			return false;
		}
		this.classBooks.lock(advance.classBookId());
		return this.classBooks.pendingOnAdvance(advance.id()) > 0;
	}

	private PostResult closeAdvance(FiscalYear year, Advance advance, EntryDraft closing, BalancedLines lines) {
		PostResult result = this.transaction.execute((status) -> {
			if (classLinesArrived(advance)) {
				return PostResult.refused(List.of(new Problem(null, "ledger.advance.changedMeanwhile")));
			}
			PostResult posted = insert(year, closing, lines);
			if (!this.advances.close(advance.id(), year.id(), advance.spent(), closing.date(), posted.entryId())) {
				status.setRollbackOnly();
				return PostResult.refused(List.of(new Problem(null, "ledger.advance.changedMeanwhile")));
			}
			return posted;
		});
		return result;
	}

	/** Whether the régie went on into the next year, where it is to be closed. */
	public boolean isCarriedForward(Advance advance) {
		return this.advances.isCarriedForward(advance.id());
	}

	/** Whether the entry pays or returns a régie, which only its régie may change. */
	public boolean isAdvanceEntry(long entryId) {
		return this.advances.isAdvanceEntry(entryId);
	}

	/** An entry of the cooperative's year, or empty if it belongs to someone else. */
	public Optional<EntryView> entry(FiscalYear year, long entryId) {
		return this.entries.find(year.id(), entryId);
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
		if (!before.operation().isPlain() || isAdvanceEntry(entryId)) {
			problems.add(new Problem(null, "ledger.entry.ofAdvance"));
		}
		if (this.slips.isDeposited(entryId)) {
			problems.add(new Problem(null, "ledger.entry.deposited"));
		}
		if (before.cancelled()) {
			problems.add(new Problem(null, "ledger.entry.cancelled"));
		}
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		BalancedLines lines = BalancedLines.of(corrected);
		boolean done = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (isClosedNow(year) || !this.entries.update(entryId, year.id(), version, corrected, lines)) {
				return false;
			}
			this.audit.record(AuditEvent
				.of("LEDGER_ENTRY_CORRECTED", year.associationId(), year.cooperativeId(),
						"Pièce n° " + before.voucher())
				.withChanges(describe(before), describe(before.voucher(), corrected, lines)));
			return true;
		}));
		if (!done) {
			return PostResult.refused(List.of(new Problem(null, "ledger.entry.concurrentChange")));
		}
		return PostResult.posted(entryId, before.voucher());
	}

	/**
	 * Cancels an entry before the year is closed: it no longer counts, its voucher number
	 * stays in the book marked "annulée".
	 */
	public boolean cancel(FiscalYear year, long entryId, int version) {
		if (year.closed()) {
			return false;
		}
		EntryView before = this.entries.find(year.id(), entryId).orElseThrow();
		if (!before.operation().isPlain() || isAdvanceEntry(entryId) || this.slips.isDeposited(entryId)) {
			return false;
		}
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (isClosedNow(year) || !this.entries.cancel(entryId, year.id(), version)) {
				return false;
			}
			this.audit.record(
					AuditEvent
						.of("LEDGER_ENTRY_CANCELLED", year.associationId(), year.cooperativeId(),
								"Pièce n° " + before.voucher())
						.withChanges(describe(before), Map.of("annulée", "oui")));
			return true;
		}));
	}

	/**
	 * One page of the cash book with the balances of the bank and the cash box after each
	 * line.
	 */
	public CashBookPage cashBook(FiscalYear year, CashBookFilter filter, int page, int size) {
		int safePage = Math.max(0, page);
		long total = this.entries.count(year.id(), filter);
		List<EntryRepository.Header> headers = this.entries.page(year.id(), filter, safePage, size);
		if (headers.isEmpty()) {
			return new CashBookPage(List.of(), safePage, size, total);
		}
		EntryRepository.Header first = headers.get(0);
		EntryRepository.Header last = headers.get(headers.size() - 1);
		long[] before = this.entries.treasuryBefore(year.id(), first.date(), first.id());
		long bank = year.openingBank().cents() + before[0];
		long cash = year.openingCash().cents() + before[1];
		LinkedHashMap<Long, long[]> deltas = this.entries.treasuryBetween(year.id(), first.date(), first.id(),
				last.date(), last.id());
		Map<Long, long[]> balances = new LinkedHashMap<>();
		for (Map.Entry<Long, long[]> delta : deltas.entrySet()) {
			bank += delta.getValue()[0];
			cash += delta.getValue()[1];
			balances.put(delta.getKey(), new long[] { bank, cash });
		}
		Map<Long, List<Line>> lines = this.entries.lines(headers.stream().map(EntryRepository.Header::id).toList());
		List<CashBookLine> rows = new ArrayList<>();
		for (EntryRepository.Header h : headers) {
			long[] after = balances.get(h.id());
			EntryView view = new EntryView(h.id(), h.voucher(), h.date(), h.label(), h.operation(), h.means(),
					h.chequeNumber(), h.amount(), h.cancelled(), h.version(), lines.getOrDefault(h.id(), List.of()),
					h.projectId());
			rows.add(new CashBookLine(h.id(), h.voucher(), h.date(), h.label(), h.operation(), h.means(),
					h.chequeNumber(), h.bankDelta(), h.cashDelta(), view.splits(), h.cancelled(),
					Money.ofCents(after[0]), Money.ofCents(after[1])));
		}
		return new CashBookPage(rows, safePage, size, total);
	}

	/** "Où en sommes-nous ?" at a date of the year (included). */
	public Position position(FiscalYear year, LocalDate date) {
		return Position.of(date, year.openingBank(), year.openingCash(), year.openingAdvances(),
				this.entries.sumsByAccount(year.id(), date), chartByCode(year.associationId(), year.schoolYear()));
	}

	private Map<String, Account> chartByCode(long associationId, SchoolYear year) {
		return this.charts.accounts(associationId, year)
			.stream()
			.collect(Collectors.toMap(Account::code, Function.identity()));
	}

	private CooperativeSummary cooperative(long cooperativeId) {
		return this.directory.cooperative(cooperativeId)
			.orElseThrow(() -> new IllegalArgumentException("No cooperative " + cooperativeId));
	}

	private static Map<String, String> describe(String voucher, EntryDraft draft, BalancedLines lines) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pièce", voucher);
		fields.put("date", draft.date().toString());
		fields.put("libellé", draft.label());
		fields.put("montant", draft.amount().format());
		fields.put("paiement", (draft.means() != null) ? draft.means().name() : "");
		fields.put("chèque", draft.chequeNumber());
		fields.put("lignes",
				lines.lines()
					.stream()
					.map((line) -> line.accountCode() + " " + line.amount().formatNumber())
					.collect(Collectors.joining(" ; ")));
		return fields;
	}

	private static Map<String, String> describe(EntryView entry) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pièce", entry.voucher());
		fields.put("date", entry.date().toString());
		fields.put("libellé", entry.label());
		fields.put("montant", entry.amount().format());
		fields.put("paiement", (entry.means() != null) ? entry.means().name() : "");
		fields.put("chèque", (entry.chequeNumber() != null) ? entry.chequeNumber() : "");
		fields.put("lignes",
				entry.lines()
					.stream()
					.map((line) -> line.accountCode() + " " + line.amount().formatNumber())
					.collect(Collectors.joining(" ; ")));
		return fields;
	}

	public List<Chequebook> chequebooks(long cooperativeId) {
		return this.cheques.chequebooks(cooperativeId);
	}

	/**
	 * Records a chéquier of the cooperative. Problems: numbers that are not numbers, a
	 * range upside down or too long, a range overlapping another chéquier.
	 */
	public List<Problem> addChequebook(long cooperativeId, String typedFirst, String typedLast) {
		List<Problem> problems = new ArrayList<>();
		Long first = chequeNumber(typedFirst, "firstNumber", problems);
		Long last = chequeNumber(typedLast, "lastNumber", problems);
		if (first != null && last != null) {
			if (last < first) {
				problems.add(new Problem("lastNumber", "ledger.chequebook.order"));
			}
			else if (last - first >= 1000) {
				problems.add(new Problem("lastNumber", "ledger.chequebook.tooLong"));
			}
			else {
				for (Chequebook book : this.cheques.chequebooks(cooperativeId)) {
					if (first <= book.lastNumber() && last >= book.firstNumber()) {
						problems.add(new Problem("firstNumber", "ledger.chequebook.overlap", book.firstNumber(),
								book.lastNumber()));
						break;
					}
				}
			}
		}
		if (problems.isEmpty()) {
			CooperativeSummary coop = cooperative(cooperativeId);
			this.transaction.executeWithoutResult((status) -> {
				this.cheques.insert(cooperativeId, first, last, OffsetDateTime.now(this.clock));
				this.audit.record(AuditEvent.of("LEDGER_CHEQUEBOOK_ADDED", coop.associationId(), cooperativeId,
						"Chéquier " + first + " à " + last));
			});
		}
		return problems;
	}

	/**
	 * The next cheque to write: the number after the highest one written in the first
	 * chéquier that still has cheques left.
	 */
	public Optional<Long> suggestedCheque(long cooperativeId) {
		List<Long> written = this.cheques.chequesWritten(cooperativeId)
			.stream()
			.filter((number) -> number.matches("\\d{1,15}"))
			.map(Long::valueOf)
			.toList();
		for (Chequebook book : this.cheques.chequebooks(cooperativeId)) {
			long highest = written.stream()
				.filter(book::contains)
				.mapToLong(Long::longValue)
				.max()
				.orElse(book.firstNumber() - 1);
			if (highest < book.lastNumber()) {
				return Optional.of(highest + 1);
			}
		}
		return Optional.empty();
	}

	/** Whether another expense already used this cheque number. */
	public boolean chequeAlreadyWritten(long cooperativeId, String number, Long exceptEntryId) {
		return number != null && !number.isBlank()
				&& this.cheques.chequeWritten(cooperativeId, number.strip(), exceptEntryId);
	}

	private static Long chequeNumber(String typed, String field, List<Problem> problems) {
		String text = (typed == null) ? "" : typed.strip();
		if (text.isEmpty()) {
			problems.add(new Problem(field, "ledger.chequebook.required"));
			return null;
		}
		if (!text.matches("\\d{1,15}")) {
			problems.add(new Problem(field, "ledger.chequebook.format"));
			return null;
		}
		return Long.valueOf(text);
	}

	/** The cash count of these notes and coins, compared with the books at that date. */
	public CashCount countCash(FiscalYear year, LocalDate date, List<Long> counts) {
		return new CashCount(date, counts, position(year, date).cash());
	}

	/** Keeps an arrêté de caisse with the books' balance of its date. */
	public CashCount keepCashCount(FiscalYear year, LocalDate date, List<Long> counts) {
		CashCount count = countCash(year, date, counts);
		this.transaction.executeWithoutResult((status) -> {
			this.cashCounts.insert(year.cooperativeId(), year.id(), count, OffsetDateTime.now(this.clock));
			this.audit.record(AuditEvent
				.of("LEDGER_CASH_COUNT_KEPT", year.associationId(), year.cooperativeId(), "Arrêté de caisse du " + date)
				.withChanges(Map.of(),
						Map.of("compté", count.total().format(), "livres", count.bookBalance().format())));
		});
		return count;
	}

	/** The year's arrêtés de caisse, the latest first. */
	public List<CashCount> cashCounts(FiscalYear year) {
		return this.cashCounts.all(year.id());
	}

	/**
	 * Changes the label of an account of the AD's chart and whether new entries may use
	 * it. Codes and kinds stay: entries already refer to them.
	 */
	public List<Problem> updateAccount(long associationId, SchoolYear year, String code, String label, boolean active) {
		String text = (label == null) ? "" : label.strip();
		List<Problem> problems = accountLabelProblems(text);
		Account before = chart(associationId, year).stream()
			.filter((a) -> a.code().equals(code))
			.findFirst()
			.orElse(null);
		if (before == null) {
			problems.add(new Problem(null, "ledger.chart.unknown", code));
		}
		if (problems.isEmpty()) {
			this.transaction.executeWithoutResult((status) -> {
				this.charts.update(associationId, year, code, text, active);
				this.audit.record(AuditEvent
					.of("LEDGER_ACCOUNT_UPDATED", associationId, null, "Compte " + code + " (" + year.label() + ")")
					.withChanges(Map.of("libellé", before.label(), "utilisable", before.active() ? "oui" : "non"),
							Map.of("libellé", text, "utilisable", active ? "oui" : "non")));
			});
		}
		return problems;
	}

	/** Adds a charge or product account to the AD's chart of a year. */
	public List<Problem> addAccount(long associationId, SchoolYear year, String typedCode, String label,
			AccountKind kind) {
		String code = (typedCode == null) ? "" : typedCode.strip();
		String text = (label == null) ? "" : label.strip();
		List<Problem> problems = accountLabelProblems(text);
		if (!code.matches("\\d{2,8}")) {
			problems.add(new Problem("code", "ledger.chart.codeFormat"));
		}
		else if (kind == AccountKind.CHARGE && !code.startsWith("6")) {
			problems.add(new Problem("code", "ledger.chart.chargeCode"));
		}
		else if (kind == AccountKind.PRODUCT && !code.startsWith("7")) {
			problems.add(new Problem("code", "ledger.chart.productCode"));
		}
		if (kind != AccountKind.CHARGE && kind != AccountKind.PRODUCT) {
			problems.add(new Problem("kind", "ledger.chart.kindRequired"));
		}
		chart(associationId, year);
		if (problems.isEmpty()) {
			boolean added = Boolean.TRUE.equals(this.transaction.execute((status) -> {
				if (!this.charts.insert(associationId, year, new Account(code, text, kind, true))) {
					return false;
				}
				this.audit.record(AuditEvent
					.of("LEDGER_ACCOUNT_ADDED", associationId, null, "Compte " + code + " (" + year.label() + ")")
					.withChanges(Map.of(), Map.of("libellé", text, "nature", kind.name())));
				return true;
			}));
			if (!added) {
				problems.add(new Problem("code", "ledger.chart.codeTaken", code));
			}
		}
		return problems;
	}

	private static List<Problem> accountLabelProblems(String label) {
		List<Problem> problems = new ArrayList<>();
		if (label.isEmpty()) {
			problems.add(new Problem("label", "ledger.chart.labelRequired"));
		}
		else if (label.length() > 200) {
			problems.add(new Problem("label", "ledger.chart.labelTooLong"));
		}
		return problems;
	}

	/** Cheques received and not yet deposited, oldest first. */
	public List<ReceivedCheque> chequesToDeposit(FiscalYear year) {
		return this.slips.notDeposited(year.id());
	}

	public List<DepositSlip> depositSlips(FiscalYear year) {
		return this.slips.all(year.id());
	}

	public Optional<DepositSlip> depositSlip(FiscalYear year, long slipId) {
		return this.slips.find(year.id(), slipId);
	}

	public List<ReceivedCheque> chequesOn(FiscalYear year, long slipId) {
		return this.slips.onSlip(year.id(), slipId);
	}

	/** A new slip or the problems that prevent it. */
	public record SlipResult(Long slipId, List<Problem> problems) {

	}

	/**
	 * Makes a deposit slip of the chosen cheques. Refused, with nothing saved, when a
	 * cheque is not one of the year's received cheques or is already on a slip.
	 */
	public SlipResult deposit(FiscalYear year, LocalDate date, List<Long> entryIds) {
		List<Problem> problems = new ArrayList<>();
		if (date == null) {
			problems.add(new Problem("date", "ledger.date.required"));
		}
		else if (!year.schoolYear().contains(date)) {
			problems.add(new Problem("date", "ledger.date.outsideYear", year.schoolYear().label()));
		}
		List<Long> chosen = (entryIds == null) ? List.of() : entryIds.stream().distinct().toList();
		if (chosen.isEmpty()) {
			problems.add(new Problem("cheques", "ledger.slip.noCheque"));
		}
		if (!problems.isEmpty()) {
			return new SlipResult(null, problems);
		}
		Long slipId;
		try {
			slipId = makeSlip(year, date, chosen);
		}
		catch (DuplicateKeyException ex) {
			// Another slip took the same number at the same instant: the next try gets
			// the next one.
			slipId = makeSlip(year, date, chosen);
		}
		if (slipId == null) {
			return new SlipResult(null, List.of(new Problem("cheques", "ledger.slip.alreadyDeposited")));
		}
		return new SlipResult(slipId, List.of());
	}

	private Long makeSlip(FiscalYear year, LocalDate date, List<Long> chosen) {
		return this.transaction.execute((status) -> {
			long id = this.slips.insert(year.cooperativeId(), year.id(), date, OffsetDateTime.now(this.clock));
			if (this.slips.attach(year.id(), id, chosen) != chosen.size()) {
				status.setRollbackOnly();
				return null;
			}
			this.audit.record(
					AuditEvent
						.of("LEDGER_DEPOSIT_SLIP_MADE", year.associationId(), year.cooperativeId(),
								"Remise de chèques du " + date)
						.withChanges(Map.of(), Map.of("chèques", chosen.size())));
			return id;
		});
	}

	public List<Project> projects(FiscalYear year) {
		return this.projects.all(year.id());
	}

	public Optional<Project> project(FiscalYear year, long projectId) {
		return this.projects.find(year.id(), projectId);
	}

	/** Creates a project of the year; problems next to the name and the dates. */
	public List<Problem> createProject(FiscalYear year, String name, String className, LocalDate startsOn,
			LocalDate endsOn) {
		String text = (name == null) ? "" : name.strip();
		String klass = (className == null) ? "" : className.strip();
		List<Problem> problems = new ArrayList<>();
		if (text.isEmpty()) {
			problems.add(new Problem("name", "ledger.project.nameRequired"));
		}
		else if (text.length() > 200) {
			problems.add(new Problem("name", "ledger.project.nameTooLong"));
		}
		if (klass.length() > 100) {
			problems.add(new Problem("className", "ledger.project.classTooLong"));
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.add(new Problem("endsOn", "ledger.project.endsBeforeStart"));
		}
		if (problems.isEmpty()) {
			this.transaction.executeWithoutResult((status) -> {
				this.projects.insert(year.cooperativeId(), year.id(), text, klass.isEmpty() ? null : klass, startsOn,
						endsOn);
				this.audit.record(AuditEvent.of("LEDGER_PROJECT_CREATED", year.associationId(), year.cooperativeId(),
						"Projet " + text));
			});
		}
		return problems;
	}

	/** Charges, products and result of the entries tagged with a project. */
	public Position projectReport(FiscalYear year, Project project) {
		return Position.of(year.schoolYear().lastDay(), Money.ZERO, Money.ZERO,
				this.entries.sumsByAccountOfProject(year.id(), project.id()),
				chartByCode(year.associationId(), year.schoolYear()));
	}

	/**
	 * The subsidies table of the year, filled from the entries on 74… accounts: the
	 * account names the funder, the entry's label the purpose.
	 */
	public List<Subsidy> subsidies(FiscalYear year) {
		Map<String, Account> chart = chartByCode(year.associationId(), year.schoolYear());
		return this.entries.subsidyLines(year.id()).stream().map((row) -> {
			String code = (String) row[4];
			Account account = chart.get(code);
			return new Subsidy((Long) row[0], (String) row[1], (LocalDate) row[2], code,
					(account != null) ? account.label() : code, (String) row[3], Money.ofCents(-(Long) row[5]));
		}).toList();
	}

	/** The cooperative's durable goods, every year, oldest first. */
	public List<DurableGood> durableGoods(long cooperativeId) {
		return this.goods.all(cooperativeId);
	}

	/** Purchases of the year on account 68 that are not yet in the inventory. */
	public List<ReceivedCheque> durablePurchasesNotListed(FiscalYear year) {
		return this.goods.purchasesNotListed(year.id());
	}

	/**
	 * The insured value of everything the cooperative owns at a date: what the adhésion's
	 * property insurance declares.
	 */
	public Money declaredPropertyValue(long cooperativeId, LocalDate at) {
		return this.goods.all(cooperativeId)
			.stream()
			.map((good) -> good.insuredValue(at))
			.reduce(Money.ZERO, Money::plus);
	}

	/** Adds a good typed by the mandataire. */
	public List<Problem> addDurableGood(FiscalYear year, String description, LocalDate acquiredOn, Money value) {
		List<Problem> problems = checkDurableGood(description, acquiredOn, value);
		if (problems.isEmpty()) {
			saveGood(year, description.strip(), acquiredOn, value, null);
		}
		return problems;
	}

	/** The problems of a good as typed, all of them. */
	public List<Problem> checkDurableGood(String description, LocalDate acquiredOn, Money value) {
		String text = (description == null) ? "" : description.strip();
		List<Problem> problems = new ArrayList<>();
		if (text.isEmpty()) {
			problems.add(new Problem("description", "ledger.good.descriptionRequired"));
		}
		else if (text.length() > 200) {
			problems.add(new Problem("description", "ledger.good.descriptionTooLong"));
		}
		if (acquiredOn == null) {
			problems.add(new Problem("acquiredOn", "ledger.date.required"));
		}
		else if (acquiredOn.isAfter(today())) {
			problems.add(new Problem("acquiredOn", "ledger.good.future"));
		}
		if (value == null) {
			problems.add(new Problem("value", "ledger.amount.required"));
		}
		else if (!value.isPositive()) {
			problems.add(new Problem("value", "ledger.amount.positive"));
		}
		return problems;
	}

	/** Adds the good bought by a 68 entry of the year (once). */
	public boolean addDurableGoodFromEntry(FiscalYear year, long entryId) {
		Optional<ReceivedCheque> purchase = this.goods.purchasesNotListed(year.id())
			.stream()
			.filter((p) -> p.entryId() == entryId)
			.findFirst();
		if (purchase.isEmpty()) {
			return false;
		}
		try {
			saveGood(year, purchase.get().label(), purchase.get().date(), purchase.get().amount(), entryId);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void saveGood(FiscalYear year, String description, LocalDate acquiredOn, Money value, Long entryId) {
		this.transaction.executeWithoutResult((status) -> {
			this.goods.insert(year.cooperativeId(), description, acquiredOn, value, entryId,
					OffsetDateTime.now(this.clock));
			this.audit.record(AuditEvent
				.of("LEDGER_DURABLE_GOOD_ADDED", year.associationId(), year.cooperativeId(),
						"Bien durable " + description)
				.withChanges(Map.of(), Map.of("acquis le", acquiredOn.toString(), "valeur", value.format())));
		});
	}

	/** Records that a good left the cooperative (sold, given away, broken). */
	public boolean disposeDurableGood(FiscalYear year, long goodId, LocalDate on) {
		Optional<DurableGood> good = this.goods.find(year.cooperativeId(), goodId);
		if (good.isEmpty() || on == null || on.isBefore(good.get().acquiredOn())) {
			return false;
		}
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.goods.dispose(year.cooperativeId(), goodId, on)) {
				return false;
			}
			this.audit.record(AuditEvent.of("LEDGER_DURABLE_GOOD_DISPOSED", year.associationId(), year.cooperativeId(),
					"Bien durable " + good.get().description()));
			return true;
		}));
	}

	/**
	 * Closes the year (when its accounts are submitted): no entry is posted, corrected or
	 * cancelled any more; corrections become entries of the next year.
	 */
	public boolean closeYear(FiscalYear year) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.years.setClosed(year.id(), true)) {
				return false;
			}
			this.audit.record(AuditEvent.of("LEDGER_YEAR_CLOSED", year.associationId(), year.cooperativeId(),
					"Comptes " + year.schoolYear().label()));
			return true;
		}));
	}

	/** Reopens a closed year, at the AD's request. */
	public boolean reopenYear(FiscalYear year) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.years.setClosed(year.id(), false)) {
				return false;
			}
			this.audit.record(AuditEvent.of("LEDGER_YEAR_REOPENED", year.associationId(), year.cooperativeId(),
					"Comptes " + year.schoolYear().label()));
			return true;
		}));
	}

	private boolean isClosedNow(FiscalYear year) {
		return this.years.find(year.cooperativeId(), year.schoolYear()).map(FiscalYear::closed).orElse(true);
	}

}
