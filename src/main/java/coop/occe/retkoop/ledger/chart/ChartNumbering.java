package coop.occe.retkoop.ledger.chart;

import coop.occe.retkoop.platform.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AD staff change the code of a charge or product account of their chart, or turn a
 * charge into a product and back, as long as no cooperative has written on it that year:
 * a change of an account already used would change the meaning of posted entries. A
 * charge is numbered in class 6 and a product in class 7, so a change of kind comes with
 * a new code. Treasury accounts (512, 53, 467, 58…) keep their codes and kinds, the cash
 * book relies on them.
 */
@Service
public class ChartNumbering {

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Texts texts;

	ChartNumbering(Ledger ledger, JdbcClient jdbc, AuditTrail audit, Texts texts) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * Gives an account a new code of the same kind. Problems of the change, nothing saved
	 * if any; empty when the account is not in the chart.
	 */
	@Transactional
	public Optional<List<Problem>> renumber(long associationId, SchoolYear year, String code, String typedNewCode) {
		return change(associationId, year, code, typedNewCode, null);
	}

	/**
	 * Gives a charge or product account a new code, a new kind or both; the kind stays
	 * when {@code newKind} is {@code null}, the code stays when the typed one is blank.
	 * Problems of the change, nothing saved if any; empty when the account is not in the
	 * chart.
	 */
	@Transactional
	public Optional<List<Problem>> change(long associationId, SchoolYear year, String code, String typedNewCode,
			AccountKind newKind) {
		List<Account> chart = this.ledger.chart(associationId, year);
		Optional<Account> found = chart.stream().filter((a) -> a.code().equals(code)).findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Account account = found.get();
		AccountKind kind = (newKind != null) ? newKind : account.kind();
		boolean kindChanges = kind != account.kind();
		String typed = (typedNewCode == null) ? "" : typedNewCode.strip();
		String newCode = typed.isEmpty() ? code : typed;
		List<Problem> problems = new ArrayList<>();
		if (!isChargeOrProduct(account.kind())) {
			problems.add(Problem.of("newCode", "ledger.chart.treasuryCodeFixed"));
		}
		else if (!isChargeOrProduct(kind)) {
			problems.add(Problem.of("kind", "ledger.chart.kindRequired"));
		}
		else if (!kindChanges && newCode.equals(code)) {
			problems.add(Problem.of("newCode", "ledger.chart.nothingToChange"));
		}
		else if (!newCode.matches("\\d{2,8}")) {
			problems.add(Problem.of("newCode", "ledger.chart.codeFormat"));
		}
		else if (!newCode.startsWith(classOf(kind))) {
			problems.add(Problem.of("newCode", classProblem(kind, kindChanges)));
		}
		else if (chart.stream().anyMatch((a) -> a.code().equals(newCode))) {
			problems.add(Problem.of("newCode", "ledger.chart.codeTaken", newCode));
		}
		else if (used(associationId, year, code)) {
			problems.add(Problem.of("newCode", kindChanges ? "ledger.chart.kindUsed" : "ledger.chart.codeUsed", code));
		}
		if (!problems.isEmpty()) {
			return Optional.of(problems);
		}
		this.jdbc.sql(
				"UPDATE ledger_account SET code = ?, kind = ? WHERE association_id = ? AND school_year = ? AND code = ?")
			.params(newCode, kind.name(), associationId, year.startYear(), code)
			.update();
		String target = account.label() + " (" + year.label() + ")";
		if (kindChanges) {
			this.audit.record(AuditEvent.of("LEDGER_ACCOUNT_KIND_CHANGED", associationId, null, target)
				.withChanges(Map.of("code", code, this.texts.text("ledger.audit.field.kind"), account.kind().name()),
						Map.of("code", newCode, this.texts.text("ledger.audit.field.kind"), kind.name())));
		}
		else {
			this.audit.record(AuditEvent.of("LEDGER_ACCOUNT_RENUMBERED", associationId, null, target)
				.withChanges(Map.of("code", code), Map.of("code", newCode)));
		}
		return Optional.of(problems);
	}

	private static boolean isChargeOrProduct(AccountKind kind) {
		return kind == AccountKind.CHARGE || kind == AccountKind.PRODUCT;
	}

	private static String classOf(AccountKind kind) {
		return (kind == AccountKind.CHARGE) ? "6" : "7";
	}

	/** The code does not start with the class of the kind. */
	private static String classProblem(AccountKind kind, boolean kindChanges) {
		if (kindChanges) {
			return (kind == AccountKind.CHARGE) ? "ledger.chart.newChargeCode" : "ledger.chart.newProductCode";
		}
		return (kind == AccountKind.CHARGE) ? "ledger.chart.chargeCode" : "ledger.chart.productCode";
	}

	/**
	 * Whether a cooperative of the association wrote on the account that year: a posted
	 * line, or a class-book line waiting for the mandatary, which would be posted on it.
	 */
	private boolean used(long associationId, SchoolYear year, String code) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM ledger_line l JOIN ledger_fiscal_year y ON y.id = l.fiscal_year_id
					WHERE y.association_id = ? AND y.school_year = ? AND l.account_code = ?)
				+ (SELECT COUNT(*) FROM ledger_class_line c JOIN ledger_fiscal_year y ON y.id = c.fiscal_year_id
					WHERE y.association_id = ? AND y.school_year = ? AND c.account_code = ? AND c.state = 'PENDING')""")
			.params(associationId, year.startYear(), code, associationId, year.startYear(), code)
			.query(Long.class)
			.single() > 0;
	}

}
