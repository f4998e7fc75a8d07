package coop.occe.retkoop.ledger.projects;

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
 * Projects of the year (entries tagged with one) and the subsidies table filled from the
 * 74… accounts.
 */
@Service
public class Projects {

	private final Ledger ledger;

	private final ProjectRepository projects;

	private final EntryRepository entries;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	Projects(Ledger ledger, ProjectRepository projects, EntryRepository entries, AuditTrail audit, Texts texts,
			PlatformTransactionManager transactions) {
		this.ledger = ledger;
		this.projects = projects;
		this.entries = entries;
		this.audit = audit;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
	}

	public List<Project> projects(FiscalYear year) {
		return this.projects.all(year.id());
	}

	public Optional<Project> project(FiscalYear year, long projectId) {
		return this.projects.find(year.id(), projectId);
	}

	/**
	 * Creates a project of the year; problems next to the name and the dates, refused in
	 * a closed year.
	 */
	public List<Problem> createProject(FiscalYear year, String name, String className, LocalDate startsOn,
			LocalDate endsOn) {
		String text = (name == null) ? "" : name.strip();
		String klass = (className == null) ? "" : className.strip();
		List<Problem> problems = new ArrayList<>();
		if (text.isEmpty()) {
			problems.add(Problem.of("name", "ledger.project.nameRequired"));
		}
		else if (text.length() > 200) {
			problems.add(Problem.of("name", "ledger.project.nameTooLong"));
		}
		if (klass.length() > 100) {
			problems.add(Problem.of("className", "ledger.project.classTooLong"));
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.add(Problem.of("endsOn", "ledger.project.endsBeforeStart"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		return this.transaction.execute((status) -> {
			List<Problem> closed = this.ledger.problemsWriting(year);
			if (!closed.isEmpty()) {
				return closed;
			}
			this.projects.insert(year.cooperativeId(), year.id(), text, klass.isEmpty() ? null : klass, startsOn,
					endsOn);
			this.audit.record(AuditEvent.of("LEDGER_PROJECT_CREATED", year.associationId(), year.cooperativeId(),
					this.texts.text("ledger.audit.project", text)));
			return List.<Problem>of();
		});
	}

	/** Charges, products and result of the entries tagged with a project. */
	public Position projectReport(FiscalYear year, Project project) {
		return Position.of(year.schoolYear().lastDay(), Money.ZERO, Money.ZERO,
				this.entries.sumsByAccountOfProject(year.id(), project.id()),
				this.ledger.chartByCode(year.associationId(), year.schoolYear()));
	}

	/** What the subsidies of the year brought up to a date included. */
	public Money subsidiesTotal(FiscalYear year, LocalDate upTo) {
		return Money.ofCents(this.entries.subsidyTotal(year.id(), upTo));
	}

	/**
	 * The subsidies table of the year, filled from the entries on 74… accounts: the
	 * account names the funder, the entry's label the purpose.
	 */
	public List<Subsidy> subsidies(FiscalYear year) {
		Map<String, Account> chart = this.ledger.chartByCode(year.associationId(), year.schoolYear());
		return this.entries.subsidyLines(year.id()).stream().map((row) -> {
			String code = (String) row[4];
			Account account = chart.get(code);
			return new Subsidy((Long) row[0], (String) row[1], (LocalDate) row[2], code,
					(account != null) ? account.label() : code, (String) row[3], Money.ofCents(-(Long) row[5]));
		}).toList();
	}

}
