package coop.occe.retkoop.ledger.classbooks;

import coop.occe.retkoop.platform.Texts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.IdempotencyKeys;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.PostResult;
import coop.occe.retkoop.ledger.PostingStep;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.advances.Advance;
import coop.occe.retkoop.ledger.advances.Advances;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Class cash books: the mandataire invites a class teacher, who records the class's
 * receipts and expenses; the mandataire then accepts each line into the cooperative's
 * books (one entry per line, through {@link Ledger#post}) or refuses it with a reason.
 */
@Service
public class ClassBooks {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final int MAX_NAME = 200;

	private static final int MAX_REASON = 500;

	private final Ledger ledger;

	private final Advances advances;

	private final ClassBookRepository books;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ClassBooks(Ledger ledger, Advances advances, ClassBookRepository books, Accounts accounts, AuditTrail audit,
			Texts texts, PlatformTransactionManager transactions, Clock clock) {
		this.ledger = ledger;
		this.advances = advances;
		this.books = books;
		this.accounts = accounts;
		this.audit = audit;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public List<ClassBook> books(long cooperativeId) {
		return this.books.books(cooperativeId);
	}

	/** A class book of the cooperative; empty for any other cooperative's id. */
	public Optional<ClassBook> book(long cooperativeId, long bookId) {
		return this.books.book(cooperativeId, bookId);
	}

	/** The class book a teacher keeps. */
	public Optional<ClassBook> bookOfTeacher(long accountId) {
		return this.books.bookOfTeacher(accountId);
	}

	/** What came of an invitation: the initial password to show once, or the problems. */
	public record Invitation(InitialPassword initialPassword, List<Problem> problems) {

	}

	/**
	 * Invites a class teacher: a personal account that logs in by e-mail and keeps only
	 * this class's book.
	 */
	public Invitation invite(long associationId, long cooperativeId, String className, String teacherName,
			String email) {
		return invite(associationId, cooperativeId, Optional.empty(), className, teacherName, email);
	}

	/**
	 * Invites a class teacher from the pages of the working year; refused while it is
	 * closed.
	 */
	public Invitation invite(FiscalYear year, String className, String teacherName, String email) {
		return invite(year.associationId(), year.cooperativeId(), Optional.of(year), className, teacherName, email);
	}

	private Invitation invite(long associationId, long cooperativeId, Optional<FiscalYear> year, String className,
			String teacherName, String email) {
		String name = strip(className);
		String teacher = strip(teacherName);
		String mail = strip(email).toLowerCase(Locale.ROOT);
		List<Problem> problems = new ArrayList<>();
		if (name.isEmpty()) {
			problems.add(Problem.of("className", "ledger.classBook.classRequired"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(Problem.of("className", "ledger.classBook.tooLong", MAX_NAME));
		}
		else if (this.books.books(cooperativeId).stream().anyMatch((b) -> b.className().equalsIgnoreCase(name))) {
			problems.add(Problem.of("className", "ledger.classBook.exists", name));
		}
		if (teacher.isEmpty()) {
			problems.add(Problem.of("teacherName", "ledger.classBook.teacherRequired"));
		}
		else if (teacher.length() > MAX_NAME) {
			problems.add(Problem.of("teacherName", "ledger.classBook.tooLong", MAX_NAME));
		}
		if (!EMAIL.matcher(mail).matches() || mail.length() > 254) {
			problems.add(Problem.of("email", "ledger.classBook.emailFormat"));
		}
		else if (this.accounts.loginExists(mail)) {
			problems.add(Problem.of("email", "ledger.classBook.emailTaken"));
		}
		if (!problems.isEmpty()) {
			return new Invitation(null, problems);
		}
		List<Problem> closed = year.map(this.ledger::problemsWriting).orElse(List.of());
		if (!closed.isEmpty()) {
			return new Invitation(null, closed);
		}
		InitialPassword password = this.transaction.execute((status) -> {
			Accounts.TeacherAccount account = this.accounts.createClassTeacherAccount(mail, teacher, associationId,
					cooperativeId);
			this.books.insertBook(cooperativeId, name, account.accountId(), teacher, mail, now());
			this.audit.record(AuditEvent.of("LEDGER_CLASS_TEACHER_INVITED", associationId, cooperativeId, name)
				.withChanges(Map.of(),
						Map.of(this.texts.text("ledger.audit.field.class"), name,
								this.texts.text("ledger.audit.field.teacher"), teacher,
								this.texts.text("ledger.audit.field.email"), mail)));
			return account.initialPassword();
		});
		return new Invitation(password, List.of());
	}

	/** The class's lines of the year, in date order. */
	public List<ClassLine> lines(FiscalYear year, ClassBook book) {
		return this.books.lines(book.id(), year.id());
	}

	public Optional<ClassLine> line(ClassBook book, long lineId) {
		return this.books.line(book.id(), lineId);
	}

	/**
	 * The class's book of the year as the teacher reads it: the lines, the régies the
	 * class received and closed, and the balance after each.
	 */
	public List<ClassBookRow> rows(FiscalYear year, ClassBook book) {
		List<Advance> ofClass = this.advances.advances(year)
			.stream()
			.filter((advance) -> Long.valueOf(book.id()).equals(advance.classBookId()))
			.toList();
		return ClassBookRow.of(lines(year, book), ofClass,
				(advance) -> (advance.returnEntryId() == null) ? Money.ZERO
						: this.ledger.entry(year, advance.returnEntryId())
							.map((entry) -> entry.splits().stream().map(Split::amount).reduce(Money.ZERO, Money::plus))
							.orElse(Money.ZERO));
	}

	/** How many of the class's lines paid with the régie wait for the mandataire. */
	public long pendingOnAdvance(long advanceId) {
		return this.books.pendingOnAdvance(advanceId);
	}

	/** The class's open régie this year, if the mandataire gave one to its teacher. */
	public Optional<Advance> advance(FiscalYear year, ClassBook book) {
		return this.advances.openAdvanceOfClass(year, book.id());
	}

	/**
	 * What the teacher has spent of the régie: accepted by the mandataire, waiting for
	 * him, and what is left in the teacher's hands.
	 */
	public record AdvanceUse(Advance advance, Money accepted, Money pending, Money left) {

	}

	public Optional<AdvanceUse> advanceUse(FiscalYear year, ClassBook book) {
		return advance(year, book).map((advance) -> {
			Money pending = this.books.pendingSumOnAdvance(advance.id());
			return new AdvanceUse(advance, advance.spent(), pending, advance.remaining().minus(pending));
		});
	}

	/**
	 * Records a teacher's line after the same checks as an entry of the cooperative's
	 * books (date inside the year, amount above zero, one active account of the right
	 * kind, cheque number…), so that accepting it later cannot fail on them. An expense
	 * paid with the régie needs an open régie that still holds the amount, counting the
	 * lines not yet accepted. The same form posted twice records one line. A line dated
	 * in a closed year (the previous one, its CRF sent) is refused with that reason.
	 */
	public List<Problem> record(FiscalYear year, ClassBook book, EntryDraft draft) {
		if (draft.operation() != Operation.EXPENSE && draft.operation() != Operation.RECEIPT) {
			return List.of(Problem.of("operation", "ledger.operation.required"));
		}
		List<Problem> closedOn = this.ledger.problemsWritingOn(year.cooperativeId(), draft.date());
		if (!closedOn.isEmpty()) {
			return closedOn.stream().map((p) -> new Problem("date", p.code(), p.arguments())).toList();
		}
		Long advanceId = null;
		List<Problem> problems;
		if (draft.means() == PaymentMeans.ADVANCE) {
			Optional<AdvanceUse> use = advanceUse(year, book);
			if (draft.operation() != Operation.EXPENSE) {
				problems = new ArrayList<>(this.ledger.check(year, asCashExpense(draft)));
				problems.add(Problem.of("means", "ledger.classLine.advanceOnlyExpense"));
			}
			else if (use.isEmpty()) {
				problems = new ArrayList<>(this.ledger.check(year, asCashExpense(draft)));
				problems.add(Problem.of("means", "ledger.classLine.noAdvance"));
			}
			else {
				problems = new ArrayList<>(this.ledger.check(year, onAdvance(draft, null)));
				if (draft.amount() != null && draft.amount().compareTo(use.get().left()) > 0) {
					problems.add(Problem.of("amount", "ledger.classLine.overAdvance", use.get().left().format()));
				}
				if (draft.date() != null && draft.date().isBefore(use.get().advance().openedOn())) {
					problems.add(Problem.of("date", "ledger.advance.expenseBeforePayment"));
				}
				advanceId = use.get().advance().id();
			}
		}
		else {
			problems = this.ledger.check(year, draft);
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Split split = draft.splits().get(0);
		Long paidFrom = advanceId;
		return this.transaction.execute((status) -> {
			if (paidFrom != null) {
				// Under the class book's lock, the régie is still open and still holds
				// it.
				this.books.lock(book.id());
				Optional<AdvanceUse> use = advanceUse(year, book);
				if (use.isEmpty() || use.get().advance().id() != paidFrom) {
					return List.of(Problem.of("means", "ledger.classLine.noAdvance"));
				}
				if (draft.amount().compareTo(use.get().left()) > 0) {
					return List.of(Problem.of("amount", "ledger.classLine.overAdvance", use.get().left().format()));
				}
			}
			List<Problem> closed = this.ledger.problemsWriting(year);
			if (!closed.isEmpty()) {
				return closed;
			}
			if (this.books.insertLine(book.id(), year.id(), draft, split.accountCode(), paidFrom, now())) {
				this.audit.record(AuditEvent
					.of("LEDGER_CLASS_LINE_RECORDED", year.associationId(), year.cooperativeId(), book.className())
					.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.field.label"), draft.label(),
							this.texts.text("ledger.audit.field.amount"), draft.amount().format())));
			}
			return List.<Problem>of();
		});
	}

	/**
	 * Accepts a pending line into the cooperative's books: one entry with the line's
	 * date, label, means of payment and account. The teacher's means says which side
	 * moves, as the teacher would expect: cash ("espèces") goes through the cooperative's
	 * cash box, where the class's cash is kept, a cheque, a transfer or a card through
	 * the bank, the régie against the régie, whose balance goes down. The entry's
	 * idempotency key is the line's, so that accepting twice (a double click, two
	 * mandataires at once) posts one entry only.
	 */
	public PostResult accept(FiscalYear year, ClassBook book, ClassLine line) {
		if (line.state() == ClassLine.State.ACCEPTED) {
			return new PostResult(line.entryId(), line.voucher(), true, List.of());
		}
		if (line.state() == ClassLine.State.REFUSED) {
			return new PostResult(null, null, false, List.of(Problem.of(null, "ledger.classLine.alreadyRefused")));
		}
		String label = book.className() + " : " + line.label();
		if (label.length() > MAX_NAME) {
			label = label.substring(0, MAX_NAME);
		}
		EntryDraft draft = new EntryDraft(line.operation(), line.date(), label, line.means(), line.chequeNumber(),
				line.amount(), List.of(new Split(line.accountCode(), line.amount())),
				IdempotencyKeys.internal("classe-ligne-" + line.id()));
		// The line becomes accepted in the entry's transaction: a refusal at the same
		// instant either comes first (nothing is posted) or finds the line accepted.
		PostingStep markAccepted = new PostingStep() {

			@Override
			public List<Problem> afterInsert(PostResult posted) {
				if (!ClassBooks.this.books.accept(line.id(), posted.entryId(), posted.voucher())) {
					return List.of(Problem.of(null, "ledger.classLine.notPending"));
				}
				ClassBooks.this.audit.record(AuditEvent
					.of("LEDGER_CLASS_LINE_ACCEPTED", year.associationId(), year.cooperativeId(),
							ClassBooks.this.texts.text("ledger.audit.voucher", posted.voucher()))
					.withChanges(Map.of(),
							Map.of(ClassBooks.this.texts.text("ledger.audit.field.class"), book.className(),
									ClassBooks.this.texts.text("ledger.audit.field.label"), line.label(),
									ClassBooks.this.texts.text("ledger.audit.field.amount"), line.amount().format())));
				return List.of();
			}

		};
		if (line.advanceId() != null) {
			Optional<Advance> advance = this.advances.advance(year, line.advanceId());
			if (advance.isEmpty()) {
				return PostResult.refused(List.of(Problem.of(null, "ledger.advance.alreadyClosed")));
			}
			return this.advances.spendAdvance(year, advance.get(), onAdvance(draft, draft.idempotencyKey()),
					markAccepted);
		}
		return this.ledger.post(year, draft, markAccepted);
	}

	/** The teacher's expense as an expense on the régie. */
	private static EntryDraft onAdvance(EntryDraft draft, String key) {
		return new EntryDraft(Operation.ADVANCE_EXPENSE, draft.date(), draft.label(), PaymentMeans.ADVANCE, "",
				draft.amount(), draft.splits(), key);
	}

	/** The line with a plain means, to report its other problems with the régie's. */
	private static EntryDraft asCashExpense(EntryDraft draft) {
		return new EntryDraft(draft.operation(), draft.date(), draft.label(), PaymentMeans.CASH, "", draft.amount(),
				draft.splits(), draft.idempotencyKey());
	}

	/** Refuses a pending line with a reason the teacher sees. */
	public List<Problem> refuse(FiscalYear year, ClassBook book, ClassLine line, String reason) {
		String why = strip(reason);
		if (why.isEmpty()) {
			return List.of(Problem.of("reason", "ledger.classLine.reasonRequired"));
		}
		if (why.length() > MAX_REASON) {
			return List.of(Problem.of("reason", "ledger.classBook.tooLong", MAX_REASON));
		}
		if (!line.isPending()) {
			return List.of(Problem.of(null, "ledger.classLine.notPending"));
		}
		// The refusal and its trace are written together, or neither is.
		return this.transaction.execute((status) -> {
			List<Problem> closed = this.ledger.problemsWriting(year);
			if (!closed.isEmpty()) {
				return closed;
			}
			if (!this.books.refuse(line.id(), why)) {
				return List.of(Problem.of(null, "ledger.classLine.notPending"));
			}
			this.audit.record(AuditEvent
				.of("LEDGER_CLASS_LINE_REFUSED", year.associationId(), year.cooperativeId(), book.className())
				.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.field.label"), line.label(),
						this.texts.text("ledger.audit.field.reason"), why)));
			return List.<Problem>of();
		});
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static String strip(String value) {
		return (value == null) ? "" : value.strip();
	}

}
