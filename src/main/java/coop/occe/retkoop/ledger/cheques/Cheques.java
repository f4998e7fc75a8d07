package coop.occe.retkoop.ledger.cheques;

import coop.occe.retkoop.platform.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Position;
import coop.occe.retkoop.ledger.internal.ChartRepository;
import coop.occe.retkoop.ledger.internal.EntryRepository;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cooperative's cheques: the chéquiers it writes cheques from, and the remises de
 * chèques that take the cheques it received to the bank.
 */
@Service
public class Cheques {

	private final ChequeRepository cheques;

	private final DepositSlipRepository slips;

	private final Directory directory;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Ledger ledger;

	Cheques(Ledger ledger, ChequeRepository cheques, DepositSlipRepository slips, Directory directory, AuditTrail audit,
			Texts texts, Clock clock, PlatformTransactionManager transactions) {
		this.ledger = ledger;
		this.cheques = cheques;
		this.slips = slips;
		this.directory = directory;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	public List<Chequebook> chequebooks(long cooperativeId) {
		return this.cheques.chequebooks(cooperativeId);
	}

	/**
	 * Records a chéquier of the cooperative. Problems: numbers that are not numbers, a
	 * range upside down or too long, a range overlapping another chéquier.
	 */
	public List<Problem> addChequebook(long cooperativeId, String typedFirst, String typedLast) {
		return addChequebook(cooperativeId, Optional.empty(), typedFirst, typedLast);
	}

	/**
	 * Records a chéquier from the pages of the working year; refused while that year is
	 * closed.
	 */
	public List<Problem> addChequebook(FiscalYear year, String typedFirst, String typedLast) {
		return addChequebook(year.cooperativeId(), Optional.of(year), typedFirst, typedLast);
	}

	private List<Problem> addChequebook(long cooperativeId, Optional<FiscalYear> year, String typedFirst,
			String typedLast) {
		List<Problem> problems = new ArrayList<>();
		Long first = chequeNumber(typedFirst, "firstNumber", problems);
		Long last = chequeNumber(typedLast, "lastNumber", problems);
		if (first != null && last != null) {
			if (last < first) {
				problems.add(Problem.of("lastNumber", "ledger.chequebook.order"));
			}
			else if (last - first >= 1000) {
				problems.add(Problem.of("lastNumber", "ledger.chequebook.tooLong"));
			}
			else {
				for (Chequebook book : this.cheques.chequebooks(cooperativeId)) {
					if (first <= book.lastNumber() && last >= book.firstNumber()) {
						problems.add(Problem.of("firstNumber", "ledger.chequebook.overlap", book.firstNumber(),
								book.lastNumber()));
						break;
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		CooperativeSummary coop = cooperative(cooperativeId);
		return this.transaction.execute((status) -> {
			List<Problem> closed = year.map(this.ledger::problemsWriting).orElse(List.of());
			if (!closed.isEmpty()) {
				return closed;
			}
			this.cheques.insert(cooperativeId, first, last, OffsetDateTime.now(this.clock));
			this.audit.record(AuditEvent.of("LEDGER_CHEQUEBOOK_ADDED", coop.associationId(), cooperativeId,
					this.texts.text("ledger.audit.chequebook", first.toString(), last.toString())));
			return List.<Problem>of();
		});
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
			problems.add(Problem.of(field, "ledger.chequebook.required"));
			return null;
		}
		if (!text.matches("\\d{1,15}")) {
			problems.add(Problem.of(field, "ledger.chequebook.format"));
			return null;
		}
		return Long.valueOf(text);
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
			problems.add(Problem.of("date", "ledger.date.required"));
		}
		else if (!year.schoolYear().contains(date)) {
			problems.add(Problem.of("date", "ledger.date.outsideYear", year.schoolYear().label()));
		}
		List<Long> chosen = (entryIds == null) ? List.of() : entryIds.stream().distinct().toList();
		if (chosen.isEmpty()) {
			problems.add(Problem.of("cheques", "ledger.slip.noCheque"));
		}
		if (!problems.isEmpty()) {
			return new SlipResult(null, problems);
		}
		Long slipId;
		try {
			slipId = makeSlip(year, date, chosen, problems);
		}
		catch (DuplicateKeyException ex) {
			// Another slip took the same number at the same instant: the next try gets
			// the next one.
			slipId = makeSlip(year, date, chosen, problems);
		}
		if (!problems.isEmpty()) {
			return new SlipResult(null, problems);
		}
		if (slipId == null) {
			return new SlipResult(null, List.of(Problem.of("cheques", "ledger.slip.alreadyDeposited")));
		}
		return new SlipResult(slipId, List.of());
	}

	/** The slip's id; null when a cheque is taken, or with the year's problem added. */
	private Long makeSlip(FiscalYear year, LocalDate date, List<Long> chosen, List<Problem> problems) {
		return this.transaction.execute((status) -> {
			List<Problem> closed = this.ledger.problemsWriting(year);
			if (!closed.isEmpty()) {
				problems.addAll(closed);
				return null;
			}
			long id = this.slips.insert(year.cooperativeId(), year.id(), date, OffsetDateTime.now(this.clock));
			if (this.slips.attach(year.id(), id, chosen) != chosen.size()) {
				status.setRollbackOnly();
				return null;
			}
			this.audit.record(AuditEvent
				.of("LEDGER_DEPOSIT_SLIP_MADE", year.associationId(), year.cooperativeId(),
						this.texts.text("ledger.audit.depositSlip", date.toString()))
				.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.field.cheques"), chosen.size())));
			return id;
		});
	}

	private CooperativeSummary cooperative(long cooperativeId) {
		return this.directory.cooperative(cooperativeId)
			.orElseThrow(() -> new IllegalArgumentException("No cooperative " + cooperativeId));
	}

}
