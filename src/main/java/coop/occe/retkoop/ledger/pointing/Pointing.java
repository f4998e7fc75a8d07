package coop.occe.retkoop.ledger.pointing;

import coop.occe.retkoop.platform.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pointage by hand: the mandataire types a bank statement (its date and closing balance)
 * and ticks the bank entries found on it. Only the latest statement may be changed; the
 * reconciliation compares the books with it. A statement file imported later fills the
 * same records.
 */
@Service
public class Pointing {

	private final Ledger ledger;

	private final PointingRepository repository;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Texts texts;

	Pointing(Ledger ledger, PointingRepository repository, AuditTrail audit, PlatformTransactionManager transactions,
			Clock clock, Texts texts) {
		this.texts = texts;
		this.ledger = ledger;
		this.repository = repository;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The statements of the year, oldest first. */
	public List<BankStatement> statements(FiscalYear year) {
		return this.repository.statements(year.id());
	}

	public Optional<BankStatement> latest(FiscalYear year) {
		List<BankStatement> all = statements(year);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** The problems of a statement as typed (date or balance null when unreadable). */
	public List<Problem> checkStatement(FiscalYear year, LocalDate date, Money balance) {
		List<Problem> problems = new ArrayList<>();
		if (date == null) {
			problems.add(Problem.of("date", "ledger.pointing.dateRequired"));
		}
		else if (!year.schoolYear().contains(date)) {
			problems.add(Problem.of("date", "ledger.date.outsideYear", year.schoolYear().label()));
		}
		else {
			latest(year).filter((last) -> !date.isAfter(last.date()))
				.ifPresent((last) -> problems.add(Problem.of("date", "ledger.pointing.dateNotAfterLast",
						last.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
		}
		if (balance == null) {
			problems.add(Problem.of("balance", "ledger.pointing.balanceRequired"));
		}
		return problems;
	}

	/** Records a new statement, after the latest one. */
	public List<Problem> addStatement(FiscalYear year, LocalDate date, Money balance) {
		List<Problem> problems = this.ledger.problemsWriting(year);
		problems = problems.isEmpty() ? checkStatement(year, date, balance) : problems;
		if (!problems.isEmpty()) {
			return problems;
		}
		try {
			return this.transaction.execute((status) -> {
				List<Problem> closed = this.ledger.problemsWriting(year);
				if (!closed.isEmpty()) {
					return closed;
				}
				this.repository.insert(year.cooperativeId(), year.id(), date, balance, OffsetDateTime.now(this.clock));
				this.audit.record(AuditEvent
					.of("LEDGER_BANK_STATEMENT_ADDED", year.associationId(), year.cooperativeId(), date.toString())
					.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.statementBalance"), balance.format())));
				return List.<Problem>of();
			});
		}
		catch (DuplicateKeyException ex) {
			return List.of(Problem.of("date", "ledger.pointing.dateTaken"));
		}
	}

	/** Every bank entry of the year, with the statement each is on. */
	public List<BankItem> bankItems(FiscalYear year) {
		return this.repository.bankItems(year.id());
	}

	/**
	 * The entries that may be ticked on a statement: dated on or before it and not on an
	 * earlier statement.
	 */
	public List<BankItem> tickable(FiscalYear year, BankStatement statement) {
		return bankItems(year).stream()
			.filter((item) -> !item.date().isAfter(statement.date()))
			.filter((item) -> !item.isPointed() || item.statementId() == statement.id())
			.toList();
	}

	/**
	 * Sets the entries found on the latest statement to those ticked; refused when the
	 * statement is not the latest or an id is not one that may be ticked on it.
	 */
	public List<Problem> point(FiscalYear year, long statementId, Collection<Long> ticked) {
		return this.transaction.execute((status) -> {
			List<Problem> closed = this.ledger.problemsWriting(year);
			if (!closed.isEmpty()) {
				return closed;
			}
			Optional<BankStatement> latest = latest(year);
			if (latest.isEmpty() || latest.get().id() != statementId) {
				return List.of(Problem.of(null, "ledger.pointing.notLatest"));
			}
			Set<Long> allowed = tickable(year, latest.get()).stream()
				.map(BankItem::entryId)
				.collect(Collectors.toSet());
			if (!allowed.containsAll(ticked)) {
				return List.of(Problem.of(null, "ledger.pointing.notTickable"));
			}
			this.repository.unpointAll(statementId);
			this.repository.point(statementId, Set.copyOf(ticked));
			this.audit.record(AuditEvent
				.of("LEDGER_BANK_POINTED", year.associationId(), year.cooperativeId(), latest.get().date().toString())
				.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.pointedEntries"),
						Integer.toString(Set.copyOf(ticked).size()))));
			return List.<Problem>of();
		});
	}

	/** The reconciliation with the latest statement dated on or before the date. */
	public Optional<Reconciliation> reconciliation(FiscalYear year, LocalDate date) {
		List<BankStatement> all = statements(year).stream().filter((s) -> !s.date().isAfter(date)).toList();
		if (all.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(reconciliation(year, all.get(all.size() - 1)));
	}

	/** The reconciliation with a statement of the year. */
	public Reconciliation reconciliation(FiscalYear year, BankStatement statement) {
		Map<Long, BankStatement> byId = statements(year).stream()
			.collect(Collectors.toMap(BankStatement::id, Function.identity()));
		List<BankItem> unpointed = bankItems(year).stream()
			.filter((item) -> !item.date().isAfter(statement.date()))
			.filter((item) -> !item.isPointed() || byId.get(item.statementId()).date().isAfter(statement.date()))
			.toList();
		Money books = this.ledger.position(year, statement.date()).bank();
		return new Reconciliation(statement, books, unpointed);
	}

}
