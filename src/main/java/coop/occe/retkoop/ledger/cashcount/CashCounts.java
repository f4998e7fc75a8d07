package coop.occe.retkoop.ledger.cashcount;

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
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Position;
import coop.occe.retkoop.ledger.internal.ChartRepository;
import coop.occe.retkoop.ledger.internal.EntryRepository;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Arrêtés de caisse: the notes and coins counted, compared with the books. */
@Service
public class CashCounts {

	private final Ledger ledger;

	private final CashCountRepository cashCounts;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CashCounts(Ledger ledger, CashCountRepository cashCounts, AuditTrail audit, Texts texts, Clock clock,
			PlatformTransactionManager transactions) {
		this.ledger = ledger;
		this.cashCounts = cashCounts;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The cash count of these notes and coins, compared with the books at that date. */
	public CashCount countCash(FiscalYear year, LocalDate date, List<Long> counts) {
		return new CashCount(date, counts, this.ledger.position(year, date).cash());
	}

	/**
	 * Keeps an arrêté de caisse with the books' balance of its date; refused, nothing
	 * kept, when the year is closed.
	 */
	public Result<CashCount> keepCashCount(FiscalYear year, LocalDate date, List<Long> counts) {
		CashCount count = countCash(year, date, counts);
		return this.transaction.execute((status) -> {
			List<Problem> closed = this.ledger.problemsWriting(year);
			if (!closed.isEmpty()) {
				return Result.<CashCount>refused(closed);
			}
			this.cashCounts.insert(year.cooperativeId(), year.id(), count, OffsetDateTime.now(this.clock));
			this.audit.record(AuditEvent
				.of("LEDGER_CASH_COUNT_KEPT", year.associationId(), year.cooperativeId(),
						this.texts.text("ledger.audit.cashCount", date.toString()))
				.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.field.counted"), count.total().format(),
						this.texts.text("ledger.audit.field.books"), count.bookBalance().format())));
			return Result.done(count);
		});
	}

	/**
	 * The date of the year's last arrêté de caisse when an entry through the cash box is
	 * dated on or before it: the entry changed the books' balance of that arrêté.
	 */
	public Optional<LocalDate> lastCountChangedBy(FiscalYear year, EntryView entry) {
		boolean movesCash = entry.means() == PaymentMeans.CASH || entry.operation() == Operation.CASH_DEPOSIT
				|| entry.operation() == Operation.CASH_WITHDRAWAL;
		if (!movesCash) {
			return Optional.empty();
		}
		return this.cashCounts.all(year.id())
			.stream()
			.findFirst()
			.map(CashCount::date)
			.filter((counted) -> !entry.date().isAfter(counted));
	}

	/** The year's arrêtés de caisse, the latest first. */
	public List<CashCount> cashCounts(FiscalYear year) {
		return this.cashCounts.all(year.id());
	}

}
