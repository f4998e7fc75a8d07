package coop.occe.retkoop.ledger.advances;

import coop.occe.retkoop.platform.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.BalancedLines;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.PostingStep;
import coop.occe.retkoop.ledger.classbooks.ClassBook;
import coop.occe.retkoop.ledger.classbooks.ClassBookRepository;
import coop.occe.retkoop.ledger.internal.FiscalYearRepository;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Régies d'avance: money paid to a teacher, spent by the teacher and brought back. Each
 * payment, expense and return is an entry of the cash book, posted through the
 * {@link Ledger} with the régie's own step in the same transaction.
 */
@Service
public class Advances {

	private final Ledger ledger;

	private final AdvanceRepository advances;

	private final ClassBookRepository classBooks;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	Advances(Ledger ledger, AdvanceRepository advances, ClassBookRepository classBooks, AuditTrail audit, Texts texts,
			PlatformTransactionManager transactions) {
		this.ledger = ledger;
		this.advances = advances;
		this.classBooks = classBooks;
		this.audit = audit;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The régies of the year, oldest first. */
	public List<Advance> advances(FiscalYear year) {
		return this.advances.all(year.id());
	}

	/** The régies of the year still open, oldest first. */
	public List<Advance> openAdvances(FiscalYear year) {
		return advances(year).stream().filter(Advance::isOpen).toList();
	}

	/** The régie an entry of the year paid. */
	public Optional<Advance> paidBy(FiscalYear year, long paymentEntryId) {
		return this.advances.paidBy(year.id(), paymentEntryId);
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
	public PostResult openAdvance(FiscalYear year, String holder, Long classBookId, EntryDraft typed) {
		String name = (holder == null) ? "" : holder.strip();
		List<Problem> problems = new ArrayList<>();
		if (classBookId != null) {
			Optional<ClassBook> book = this.classBooks.book(year.cooperativeId(), classBookId);
			if (book.isEmpty()) {
				problems.add(Problem.of("classBookId", "ledger.advance.classBookUnknown"));
			}
			else {
				if (this.advances.openOfClassBook(year.id(), classBookId).isPresent()) {
					problems.add(Problem.of("classBookId", "ledger.advance.classHasOpen", book.get().className()));
				}
				if (name.isEmpty()) {
					name = book.get().teacherName();
				}
			}
		}
		if (name.isEmpty()) {
			problems.add(Problem.of("holder", "ledger.advance.holderRequired"));
		}
		else if (name.length() > 200) {
			problems.add(Problem.of("holder", "ledger.advance.holderTooLong"));
		}
		if (typed.operation() != Operation.ADVANCE_PAYMENT) {
			throw new IllegalArgumentException("Not a régie payment");
		}
		EntryDraft draft = typed.label().isEmpty()
				? new EntryDraft(typed.operation(), typed.date(), this.texts.text("ledger.advance.defaultLabel", name),
						typed.means(), typed.chequeNumber(), typed.amount(), typed.splits(), typed.idempotencyKey())
				: typed;
		Optional<PostResult> earlier = this.ledger.earlier(year, draft);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		problems.addAll(this.ledger.check(year, draft));
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		String holderName = name;
		return this.ledger.post(year, draft, new PostingStep() {

			@Override
			public List<Problem> beforeInsert() {
				if (classBookId == null) {
					return List.of();
				}
				// One open régie per class, even when two mandataires pay one at once.
				Advances.this.classBooks.lock(classBookId);
				if (Advances.this.advances.openOfClassBook(year.id(), classBookId).isPresent()) {
					return List.of(Problem.of("classBookId", "ledger.advance.classHasOpen",
							Advances.this.classBooks.book(year.cooperativeId(), classBookId)
								.map(ClassBook::className)
								.orElse("")));
				}
				return List.of();
			}

			@Override
			public List<Problem> afterInsert(PostResult posted) {
				Advances.this.advances.insert(year.cooperativeId(), year.id(), holderName, draft.amount(), draft.date(),
						posted.entryId(), classBookId, null);
				return List.of();
			}

		});
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
		return spendAdvance(year, advance, draft, PostingStep.NONE);
	}

	/**
	 * Records an expense on the régie and, in the same transaction, takes the caller's
	 * step once the régie is spent.
	 */
	public PostResult spendAdvance(FiscalYear year, Advance advance, EntryDraft draft, PostingStep alsoInTransaction) {
		if (draft.operation() != Operation.ADVANCE_EXPENSE) {
			throw new IllegalArgumentException("Not an expense on a régie");
		}
		Optional<PostResult> earlier = this.ledger.earlier(year, draft);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		List<Problem> problems = new ArrayList<>(this.ledger.check(year, draft));
		if (!advance.isOpen()) {
			problems.add(Problem.of(null, "ledger.advance.alreadyClosed"));
		}
		else if (carriedAndTouched(advance)) {
			problems.add(Problem.of(null, "ledger.advance.carriedForward", year.schoolYear().next().label()));
		}
		else if (draft.amount() != null && draft.amount().compareTo(advance.remaining()) > 0) {
			problems.add(Problem.of("amount", "ledger.advance.overRemaining", advance.remaining().format()));
		}
		if (draft.date() != null && draft.date().isBefore(advance.openedOn())) {
			problems.add(Problem.of("date", "ledger.advance.expenseBeforePayment"));
		}
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		return this.ledger.post(year, draft, new PostingStep() {

			@Override
			public List<Problem> beforeInsert() {
				List<Problem> carried = takeBackCarry(year, advance);
				return carried.isEmpty() ? alsoInTransaction.beforeInsert() : carried;
			}

			@Override
			public List<Problem> afterInsert(PostResult posted) {
				if (!Advances.this.advances.spend(advance.id(), draft.amount())) {
					return List.of(Problem.of("amount", "ledger.advance.overRemaining",
							advance(year, advance.id()).map(Advance::remaining).orElse(Money.ZERO).format()));
				}
				return alsoInTransaction.afterInsert(posted);
			}

		});
	}

	/**
	 * Closes a régie: the teacher's expenses over charge accounts and the remainder back
	 * into the cash box or the bank, in one return entry for what remains of the régie.
	 * When nothing remains (everything was spent from the class cash book), it is closed
	 * without an entry. A régie carried into the next year is closed there, and one whose
	 * class still has régie lines to review waits for them.
	 */
	public PostResult closeAdvance(FiscalYear year, Advance advance, EntryDraft draft) {
		String label = draft.label().isEmpty() ? this.texts.text("ledger.advance.returnLabel", advance.holder())
				: draft.label();
		EntryDraft closing = new EntryDraft(Operation.ADVANCE_RETURN, draft.date(), label, draft.means(),
				draft.chequeNumber(), advance.remaining(), draft.splits(), null);
		boolean nothingLeft = !advance.remaining().isPositive();
		List<Problem> problems = new ArrayList<>();
		if (nothingLeft) {
			problems.addAll(checkEmptyClosing(year, closing));
		}
		else {
			problems.addAll(this.ledger.check(year, closing));
		}
		if (closing.date() != null && closing.date().isBefore(advance.openedOn())) {
			problems.add(Problem.of("date", "ledger.advance.returnBeforePayment"));
		}
		if (!advance.isOpen()) {
			problems.add(Problem.of(null, "ledger.advance.alreadyClosed"));
		}
		else if (carriedAndTouched(advance)) {
			problems.add(Problem.of(null, "ledger.advance.carriedForward", year.schoolYear().next().label()));
		}
		else if (this.classBooks.pendingOnAdvance(advance.id()) > 0) {
			problems.add(Problem.of(null, "ledger.advance.pendingClassLines",
					this.classBooks.pendingOnAdvance(advance.id())));
		}
		if (!problems.isEmpty()) {
			return PostResult.refused(problems);
		}
		if (!nothingLeft) {
			return this.ledger.post(year, closing, new PostingStep() {

				@Override
				public List<Problem> beforeInsert() {
					List<Problem> carried = takeBackCarry(year, advance);
					if (!carried.isEmpty()) {
						return carried;
					}
					return classLinesArrived(advance) ? changedMeanwhile() : List.of();
				}

				@Override
				public List<Problem> afterInsert(PostResult posted) {
					return Advances.this.advances.close(advance.id(), year.id(), advance.spent(), closing.date(),
							posted.entryId()) ? List.of() : changedMeanwhile();
				}

			});
		}
		try {
			return this.transaction.execute((status) -> {
				boolean arrived = classLinesArrived(advance);
				List<Problem> closed = this.ledger.problemsWriting(year);
				if (!closed.isEmpty()) {
					return PostResult.refused(closed);
				}
				if (arrived || !this.advances.close(advance.id(), year.id(), advance.spent(), closing.date(), null)) {
					return PostResult.refused(changedMeanwhile());
				}
				this.audit.record(AuditEvent
					.of("LEDGER_ADVANCE_CLOSED_SPENT", year.associationId(), year.cooperativeId(),
							this.texts.text("ledger.audit.advance", advance.holder()))
					.withChanges(Map.of(),
							Map.of(this.texts.text("ledger.audit.field.spent"), advance.spent().format())));
				return PostResult.nothingToPost();
			});
		}
		catch (FiscalYearRepository.YearClosedException ex) {
			return PostResult.refused(List.of(Problem.of(null, "ledger.year.closed", year.schoolYear().label())));
		}
	}

	/**
	 * Whether the régie went on into the next year and was used there: it is then closed
	 * there. One carried but untouched there is finished in its own year (September).
	 */
	private boolean carriedAndTouched(Advance advance) {
		return this.advances.isCarriedForward(advance.id()) && !this.advances.hasUntouchedCarry(advance.id());
	}

	/**
	 * In the transaction that spends or closes the régie: takes it back from the next
	 * year, where it was carried and not used (the next year's opening then follows);
	 * refused when it was used there meanwhile.
	 */
	private List<Problem> takeBackCarry(FiscalYear year, Advance advance) {
		if (!this.advances.isCarriedForward(advance.id()) || this.advances.dropUntouchedCarry(advance.id())) {
			return List.of();
		}
		return List.of(Problem.of(null, "ledger.advance.carriedForward", year.schoolYear().next().label()));
	}

	private static List<Problem> changedMeanwhile() {
		return List.of(Problem.of(null, "ledger.advance.changedMeanwhile"));
	}

	/** A closing with nothing left: a date inside the open year and no expense. */
	private static List<Problem> checkEmptyClosing(FiscalYear year, EntryDraft closing) {
		List<Problem> problems = new ArrayList<>();
		if (year.closed()) {
			problems.add(Problem.of(null, "ledger.year.closed", year.schoolYear().label()));
		}
		if (closing.date() == null) {
			problems.add(Problem.of("date", "ledger.date.required"));
		}
		else if (!year.schoolYear().contains(closing.date())) {
			problems.add(Problem.of("date", "ledger.date.outsideYear", year.schoolYear().label()));
		}
		if (!BalancedLines.nonBlank(closing.splits()).isEmpty()) {
			problems.add(Problem.of("parts", "ledger.advance.nothingLeft"));
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

	/** Whether the régie went on into the next year, where it is to be closed. */
	public boolean isCarriedForward(Advance advance) {
		return carriedAndTouched(advance);
	}

	/** Whether the entry pays or returns a régie, which only its régie may change. */
	public boolean isAdvanceEntry(long entryId) {
		return this.advances.isAdvanceEntry(entryId);
	}

}
