package coop.occe.retkoop.ledger.chart;

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
 * The AD's chart of accounts of a year: labels, accounts in use, new charge and product
 * accounts.
 */
@Service
public class ChartAdministration {

	private final Ledger ledger;

	private final ChartRepository charts;

	private final AuditTrail audit;

	private final Texts texts;

	private final TransactionTemplate transaction;

	ChartAdministration(Ledger ledger, ChartRepository charts, AuditTrail audit, Texts texts,
			PlatformTransactionManager transactions) {
		this.ledger = ledger;
		this.charts = charts;
		this.audit = audit;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Changes the label of an account of the AD's chart and whether new entries may use
	 * it. Codes and kinds stay: entries already refer to them.
	 */
	public List<Problem> updateAccount(long associationId, SchoolYear year, String code, String label, boolean active) {
		String text = (label == null) ? "" : label.strip();
		List<Problem> problems = accountLabelProblems(text);
		Account before = this.ledger.chart(associationId, year)
			.stream()
			.filter((a) -> a.code().equals(code))
			.findFirst()
			.orElse(null);
		if (before == null) {
			problems.add(Problem.of(null, "ledger.chart.unknown", code));
		}
		if (problems.isEmpty()) {
			this.transaction.executeWithoutResult((status) -> {
				this.charts.update(associationId, year, code, text, active);
				this.audit.record(AuditEvent
					.of("LEDGER_ACCOUNT_UPDATED", associationId, null,
							this.texts.text("ledger.audit.account", code, year.label()))
					.withChanges(
							Map.of(this.texts.text("ledger.audit.field.label"), before.label(),
									this.texts.text("ledger.audit.field.usable"), yesNo(before.active())),
							Map.of(this.texts.text("ledger.audit.field.label"), text,
									this.texts.text("ledger.audit.field.usable"), yesNo(active))));
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
			problems.add(Problem.of("code", "ledger.chart.codeFormat"));
		}
		else if (kind == AccountKind.CHARGE && !code.startsWith("6")) {
			problems.add(Problem.of("code", "ledger.chart.chargeCode"));
		}
		else if (kind == AccountKind.PRODUCT && !code.startsWith("7")) {
			problems.add(Problem.of("code", "ledger.chart.productCode"));
		}
		if (kind != AccountKind.CHARGE && kind != AccountKind.PRODUCT) {
			problems.add(Problem.of("kind", "ledger.chart.kindRequired"));
		}
		this.charts.seedDefaults(associationId, year);
		if (problems.isEmpty()) {
			boolean added = Boolean.TRUE.equals(this.transaction.execute((status) -> {
				if (!this.charts.insert(associationId, year, new Account(code, text, kind, true))) {
					return false;
				}
				this.audit.record(AuditEvent
					.of("LEDGER_ACCOUNT_ADDED", associationId, null,
							this.texts.text("ledger.audit.account", code, year.label()))
					.withChanges(Map.of(), Map.of(this.texts.text("ledger.audit.field.label"), text,
							this.texts.text("ledger.audit.field.kind"), kind.name())));
				return true;
			}));
			if (!added) {
				problems.add(Problem.of("code", "ledger.chart.codeTaken", code));
			}
		}
		return problems;
	}

	private static List<Problem> accountLabelProblems(String label) {
		List<Problem> problems = new ArrayList<>();
		if (label.isEmpty()) {
			problems.add(Problem.of("label", "ledger.chart.labelRequired"));
		}
		else if (label.length() > 200) {
			problems.add(Problem.of("label", "ledger.chart.labelTooLong"));
		}
		return problems;
	}

	private String yesNo(boolean value) {
		return this.texts.text(value ? "ledger.audit.yes" : "ledger.audit.no");
	}

}
