package coop.occe.retkoop.ledger.inventory;

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
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inventory of durable goods: what the cooperative owns, bought on account 68 or
 * typed by the mandataire, and its insured value.
 */
@Service
public class Inventory {

	/**
	 * The good is not one of the cooperative's still listed (a stale page or a forged
	 * id).
	 */
	public static final String UNKNOWN_GOOD = "ledger.good.unknown";

	/** The entry is no purchase still to list (listed meanwhile, or a forged id). */
	public static final String UNKNOWN_PURCHASE = "ledger.good.unknownPurchase";

	private final Ledger ledger;

	private final DurableGoodRepository goods;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Inventory(Ledger ledger, DurableGoodRepository goods, AuditTrail audit, Texts texts, Clock clock,
			PlatformTransactionManager transactions) {
		this.ledger = ledger;
		this.goods = goods;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The cooperative's durable goods, every year, oldest first. */
	public List<DurableGood> durableGoods(long cooperativeId) {
		return this.goods.all(cooperativeId);
	}

	/** Purchases of the year on account 68 that are not yet in the inventory. */
	public List<DurablePurchase> durablePurchasesNotListed(FiscalYear year) {
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
			return saveGood(year, description.strip(), acquiredOn, value, null);
		}
		return problems;
	}

	/** The problems of a good as typed, all of them. */
	public List<Problem> checkDurableGood(String description, LocalDate acquiredOn, Money value) {
		String text = (description == null) ? "" : description.strip();
		List<Problem> problems = new ArrayList<>();
		if (text.isEmpty()) {
			problems.add(Problem.of("description", "ledger.good.descriptionRequired"));
		}
		else if (text.length() > 200) {
			problems.add(Problem.of("description", "ledger.good.descriptionTooLong"));
		}
		if (acquiredOn == null) {
			problems.add(Problem.of("acquiredOn", "ledger.date.required"));
		}
		else if (acquiredOn.isAfter(this.ledger.today())) {
			problems.add(Problem.of("acquiredOn", "ledger.good.future"));
		}
		if (value == null) {
			problems.add(Problem.of("value", "ledger.amount.required"));
		}
		else if (!value.isPositive()) {
			problems.add(Problem.of("value", "ledger.amount.positive"));
		}
		return problems;
	}

	/**
	 * Adds the good bought by a 68 entry of the year (once); refused when the entry is no
	 * purchase of the year still to list.
	 */
	public Result<Void> addDurableGoodFromEntry(FiscalYear year, long entryId) {
		Optional<DurablePurchase> purchase = this.goods.purchasesNotListed(year.id())
			.stream()
			.filter((p) -> p.entryId() == entryId)
			.findFirst();
		if (purchase.isEmpty()) {
			return Result.refused(Problem.of(null, UNKNOWN_PURCHASE));
		}
		try {
			List<Problem> problems = saveGood(year, purchase.get().label(), purchase.get().date(),
					purchase.get().amount(), entryId);
			return problems.isEmpty() ? Result.done() : Result.refused(problems);
		}
		catch (DuplicateKeyException ex) {
			return Result.refused(Problem.of(null, UNKNOWN_PURCHASE));
		}
	}

	/**
	 * Saves a good, unless the working year or the year of its purchase is closed (the
	 * inventory of a closed year is in its compte rendu financier).
	 */
	private List<Problem> saveGood(FiscalYear year, String description, LocalDate acquiredOn, Money value,
			Long entryId) {
		return this.transaction.execute((status) -> {
			List<Problem> closed = problemsWriting(year, acquiredOn);
			if (!closed.isEmpty()) {
				return closed;
			}
			this.goods.insert(year.cooperativeId(), description, acquiredOn, value, entryId,
					OffsetDateTime.now(this.clock));
			this.audit.record(AuditEvent
				.of("LEDGER_DURABLE_GOOD_ADDED", year.associationId(), year.cooperativeId(),
						this.texts.text("ledger.audit.good", description))
				.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.field.acquiredOn"), acquiredOn.toString(),
						this.texts.text("ledger.audit.field.value"), value.format())));
			return List.<Problem>of();
		});
	}

	/** The working year closed, or the year of the date (one of the cooperative's). */
	private List<Problem> problemsWriting(FiscalYear year, LocalDate date) {
		List<Problem> closed = this.ledger.problemsWriting(year);
		return closed.isEmpty() ? this.ledger.problemsWritingOn(year.cooperativeId(), date) : closed;
	}

	/**
	 * Records that a good left the cooperative (sold, given away, broken); refused when
	 * the good is not the cooperative's, already out, or the date is before its purchase.
	 */
	public Result<Void> disposeDurableGood(FiscalYear year, long goodId, LocalDate on) {
		Optional<DurableGood> good = this.goods.find(year.cooperativeId(), goodId);
		if (good.isEmpty()) {
			return Result.refused(Problem.of(null, UNKNOWN_GOOD));
		}
		if (on == null) {
			return Result.refused(Problem.of("date", "ledger.date.required"));
		}
		if (on.isBefore(good.get().acquiredOn())) {
			return Result.refused(Problem.of("date", "ledger.good.disposedBeforeAcquired"));
		}
		return this.transaction.execute((status) -> {
			List<Problem> closed = problemsWriting(year, on);
			if (!closed.isEmpty()) {
				return Result.<Void>refused(closed);
			}
			if (!this.goods.dispose(year.cooperativeId(), goodId, on)) {
				return Result.<Void>refused(Problem.of(null, UNKNOWN_GOOD));
			}
			this.audit.record(AuditEvent.of("LEDGER_DURABLE_GOOD_DISPOSED", year.associationId(), year.cooperativeId(),
					this.texts.text("ledger.audit.good", good.get().description())));
			return Result.done();
		});
	}

}
