package coop.occe.retkoop.reporting.sending;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.notifications.Mailer;
import coop.occe.retkoop.notifications.OutgoingMail;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.platform.Texts;
import coop.occe.retkoop.reporting.CheckOutcome;
import coop.occe.retkoop.reporting.FinancialReports;
import coop.occe.retkoop.reporting.YearEndChecks;
import coop.occe.retkoop.reporting.cra.ActivityReports;
import coop.occe.retkoop.reporting.quitus.Discharge;
import coop.occe.retkoop.reporting.internal.YearEndYears;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.Result;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending a cooperative's CRF to its AD and what follows: the AD validates it or returns
 * it with a comment; the mandataire asks to unlock it and the AD unlocks it. Sending
 * closes the year and freezes a new version; returning and unlocking reopen it. Every
 * change runs under the CRF's row lock, so a double click never makes two versions.
 */
@Service
public class CrfSendings {

	/** Rows of the AD's list per page. */
	static final int PAGE_SIZE = 50;

	private final CrfRepository crfs;

	private final Ledger ledger;

	private final YearEndChecks checks;

	private final FinancialReports reports;

	private final Directory directory;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final String baseUrl;

	private final ActivityReports activity;

	private final Discharge discharge;

	CrfSendings(CrfRepository crfs, Ledger ledger, YearEndChecks checks, FinancialReports reports, Directory directory,
			Mailer mailer, AuditTrail audit, Texts texts, Clock clock, PlatformTransactionManager transactions,
			@Value("${retkoop.base-url}") String baseUrl, ActivityReports activity, Discharge discharge) {
		this.activity = activity;
		this.discharge = discharge;
		this.crfs = crfs;
		this.ledger = ledger;
		this.checks = checks;
		this.reports = reports;
		this.directory = directory;
		this.mailer = mailer;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.baseUrl = baseUrl;
	}

	/** The year's CRF; in progress when it was never sent. */
	public Crf of(FiscalYear year) {
		return this.crfs.find(year.id()).orElseGet(() -> fresh(year));
	}

	/** Every version sent, oldest first, each read from its snapshot. */
	public List<CrfVersion> versions(Crf crf) {
		return (crf.id() == 0) ? List.of() : this.crfs.versions(crf.id());
	}

	public Optional<CrfVersion> version(Crf crf, int number) {
		return (crf.id() == 0) ? Optional.empty() : this.crfs.version(crf.id(), number);
	}

	/** The checks as they stand now, for the confirmation page. */
	public List<CheckOutcome> checks(FiscalYear year) {
		return this.checks.run(year);
	}

	/**
	 * Sends the year's CRF as version {@code expectedVersion}: refused when that version
	 * was sent already (a second click, a replay, a stale tab), when a blocking check
	 * fails, or when the year cannot be closed. Either the year is closed and the version
	 * stored, or nothing happened.
	 */
	public Result<Crf> send(FiscalYear year, int expectedVersion, String sentBy) {
		Result<Crf> result = this.transaction.execute((status) -> {
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			Crf before = this.crfs.lock(fresh(year), now);
			if (expectedVersion != before.nextVersion()) {
				return Result.<Crf>refused(Problem.of(null, "crf.error.alreadySent", before.versions()));
			}
			Result<Crf> sent = before.sent();
			if (!sent.isDone()) {
				return sent;
			}
			List<CheckOutcome> outcomes = this.checks.run(year);
			if (!YearEndChecks.allowSending(outcomes)) {
				return Result.<Crf>refused(Problem.of(null, "crf.error.blocked"));
			}
			Result<Void> closed = this.ledger.closeYear(year);
			if (!closed.isDone()) {
				return Result.<Crf>refused(closed.problems());
			}
			Crf after = sent.orElseThrow();
			this.crfs.update(after, now);
			this.activity.freeze(year);
			this.discharge.freeze(year);
			this.crfs.insertVersion(after, new CrfVersion(after.versions(), now, sentBy, this.reports.of(year),
					outcomes, this.activity.answers(year), this.discharge.record(year)));
			record("CRF_ENVOYE", after, this.texts.text("crf.audit.version", after.versions()));
			mailSent(after);
			return Result.done(after);
		});
		return result;
	}

	/** The mandataire asks the AD to unlock the sent CRF, with the reason. */
	public Result<Crf> requestUnlock(FiscalYear year, String reason) {
		return change(year, (crf) -> crf.unlockAsked(reason, OffsetDateTime.now(this.clock)), (after) -> {
			record("CRF_DEBLOCAGE_DEMANDE", after, after.unlockReason());
			mailAssociation(after, "crf.mail.unlockRequested.subject", "crf.mail.unlockRequested.body",
					after.unlockReason());
			return Result.done();
		});
	}

	/** The AD accepts the sent CRF; the year stays closed. */
	public Result<Crf> validate(FiscalYear year) {
		return change(year, Crf::validated, (after) -> {
			record("CRF_VALIDE", after, this.texts.text("crf.audit.version", after.versions()));
			mailMandatary(after, "crf.mail.validated.subject", "crf.mail.validated.body", "");
			return Result.done();
		});
	}

	/**
	 * The AD hands the CRF back with its comment; the year opens again for corrections.
	 */
	public Result<Crf> sendBack(FiscalYear year, String comment) {
		return change(year, (crf) -> crf.returned(comment), (after) -> {
			Result<Void> reopened = this.ledger.reopenYear(year);
			if (reopened.isDone()) {
				this.activity.unfreeze(year);
				record("CRF_RENVOYE", after, after.returnComment());
				mailMandatary(after, "crf.mail.returned.subject", "crf.mail.returned.body", after.returnComment());
			}
			return reopened;
		});
	}

	/**
	 * The AD unlocks the CRF, at the mandataire's request or with its own reason; the
	 * year opens again and the next sending makes a new version.
	 */
	public Result<Crf> unlock(FiscalYear year, String reason) {
		return change(year, (crf) -> crf.unlocked(reason), (after) -> {
			Result<Void> reopened = this.ledger.reopenYear(year);
			if (reopened.isDone()) {
				this.activity.unfreeze(year);
				String why = (reason == null || reason.isBlank()) ? "" : Crf.clean(reason);
				record("CRF_DEVERROUILLE", after, why);
				mailMandatary(after, "crf.mail.unlocked.subject", "crf.mail.unlocked.body", why);
			}
			return reopened;
		});
	}

	/**
	 * The CRFs of the association's active cooperatives for the year, by cooperative
	 * number, a page of {@value #PAGE_SIZE}.
	 */
	public CrfList list(long associationId, SchoolYear year, int page) {
		Map<Long, Crf> byCooperative = this.crfs.ofAssociation(associationId, year)
			.stream()
			.collect(Collectors.toMap(Crf::cooperativeId, Function.identity()));
		List<CooperativeSummary> cooperatives = this.directory.activeCooperativesOf(associationId)
			.stream()
			.sorted(Comparator.comparing(CooperativeSummary::number))
			.toList();
		int from = Math.min(Math.max(page, 0) * PAGE_SIZE, cooperatives.size());
		int to = Math.min(from + PAGE_SIZE, cooperatives.size());
		List<CrfList.Row> rows = cooperatives.subList(from, to)
			.stream()
			.map((coop) -> new CrfList.Row(coop, Optional.ofNullable(byCooperative.get(coop.id()))))
			.toList();
		return new CrfList(rows, Math.max(page, 0), to < cooperatives.size(),
				(cooperatives.size() + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	/** A page of the AD's list: each cooperative with its CRF, if it has one. */
	public record CrfList(List<Row> rows, int page, boolean hasNext, int pages) {

		public record Row(CooperativeSummary cooperative, Optional<Crf> crf) {

			public CrfState state() {
				return this.crf.map(Crf::state).orElse(CrfState.IN_PROGRESS);
			}

			public boolean unlockRequested() {
				return this.crf.map(Crf::unlockRequested).orElse(false);
			}

		}

	}

	/**
	 * Applies a transition under the CRF's row lock, then what must go with it (reopen
	 * the year, audit, mail); a refusal of either leaves everything as it was.
	 */
	private Result<Crf> change(FiscalYear year, Function<Crf, Result<Crf>> transition,
			Function<Crf, Result<Void>> then) {
		return this.transaction.execute((status) -> {
			Optional<Crf> before = this.crfs.lockExisting(year.id());
			if (before.isEmpty()) {
				return Result.<Crf>refused(Problem.of(null, "crf.error.notLocked"));
			}
			Result<Crf> changed = transition.apply(before.get());
			if (!changed.isDone()) {
				return changed;
			}
			this.crfs.update(changed.orElseThrow(), OffsetDateTime.now(this.clock));
			Result<Void> followed = then.apply(changed.orElseThrow());
			if (!followed.isDone()) {
				status.setRollbackOnly();
				return Result.<Crf>refused(followed.problems());
			}
			return changed;
		});
	}

	private Crf fresh(FiscalYear year) {
		return Crf.inProgress(year.id(), year.associationId(), year.cooperativeId(), year.schoolYear());
	}

	private void record(String action, Crf crf, String details) {
		String label = this.directory.cooperative(crf.cooperativeId())
			.map((coop) -> coop.number() + " " + coop.name() + " – " + crf.schoolYear().label())
			.orElse(crf.schoolYear().label());
		this.audit.record(AuditEvent.of(action, crf.associationId(), crf.cooperativeId(), label)
			.withChanges(Map.of(), Map.of(this.texts.text("crf.audit.field.state"), crf.state().name(),
					this.texts.text("crf.audit.field.details"), details == null ? "" : details)));
	}

	private void mailSent(Crf crf) {
		mailAssociation(crf, "crf.mail.sent.subject", "crf.mail.sent.body", "");
		mailMandatary(crf, "crf.mail.sentConfirmation.subject", "crf.mail.sentConfirmation.body", "");
	}

	private void mailAssociation(Crf crf, String subject, String body, String text) {
		CooperativeSummary coop = this.directory.cooperative(crf.cooperativeId()).orElseThrow();
		AssociationSummary association = this.directory.association(crf.associationId()).orElseThrow();
		if (association.email() == null || association.email().isBlank()) {
			return;
		}
		String link = this.baseUrl + "/ad/" + association.id() + "/fin-d-annee/" + YearEndYears.name(crf.schoolYear())
				+ "/cooperatives/" + coop.id();
		this.mailer.send(new OutgoingMail(association.id(), coop.id(), association.email(),
				this.texts.text(subject, coop.number(), coop.name(), crf.schoolYear().label(), crf.versions()),
				this.texts.text(body, coop.number(), coop.name(), crf.schoolYear().label(), crf.versions(), text,
						link)));
	}

	private void mailMandatary(Crf crf, String subject, String body, String text) {
		CooperativeSummary coop = this.directory.cooperative(crf.cooperativeId()).orElseThrow();
		String to = (coop.mandataryEmail() != null && !coop.mandataryEmail().isBlank()) ? coop.mandataryEmail()
				: coop.schoolEmail();
		if (to == null || to.isBlank()) {
			return;
		}
		String link = this.baseUrl + YearEndYears.path(crf.schoolYear());
		this.mailer.send(new OutgoingMail(coop.associationId(), coop.id(), to,
				this.texts.text(subject, coop.number(), coop.name(), crf.schoolYear().label(), crf.versions()),
				this.texts.text(body, coop.number(), coop.name(), crf.schoolYear().label(), crf.versions(), text,
						link)));
	}

}
