package coop.occe.retkoop.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AD staff change the code of a charge or product account of their chart, as long as no
 * cooperative has written on it that year: a code already used would change the meaning
 * of posted entries. Treasury accounts (512, 53, 467, 58…) keep their codes, the cash
 * book relies on them.
 */
@Service
public class ChartNumbering {

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ChartNumbering(Ledger ledger, JdbcClient jdbc, AuditTrail audit) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Problems of the change, nothing saved if any; empty when the account is not in the
	 * chart.
	 */
	@Transactional
	public Optional<List<Problem>> renumber(long associationId, SchoolYear year, String code, String typedNewCode) {
		List<Account> chart = this.ledger.chart(associationId, year);
		Optional<Account> found = chart.stream().filter((a) -> a.code().equals(code)).findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Account account = found.get();
		String newCode = (typedNewCode == null) ? "" : typedNewCode.strip();
		List<Problem> problems = new ArrayList<>();
		if (account.kind() != AccountKind.CHARGE && account.kind() != AccountKind.PRODUCT) {
			problems.add(new Problem("newCode", "ledger.chart.treasuryCodeFixed"));
		}
		else if (!newCode.matches("\\d{2,8}")) {
			problems.add(new Problem("newCode", "ledger.chart.codeFormat"));
		}
		else if (!newCode.startsWith(account.kind() == AccountKind.CHARGE ? "6" : "7")) {
			problems.add(new Problem("newCode",
					account.kind() == AccountKind.CHARGE ? "ledger.chart.chargeCode" : "ledger.chart.productCode"));
		}
		else if (chart.stream().anyMatch((a) -> a.code().equals(newCode))) {
			problems.add(new Problem("newCode", "ledger.chart.codeTaken", newCode));
		}
		else if (used(associationId, year, code)) {
			problems.add(new Problem("newCode", "ledger.chart.codeUsed", code));
		}
		if (!problems.isEmpty()) {
			return Optional.of(problems);
		}
		this.jdbc.sql("UPDATE ledger_account SET code = ? WHERE association_id = ? AND school_year = ? AND code = ?")
			.params(newCode, associationId, year.startYear(), code)
			.update();
		this.audit.record(AuditEvent
			.of("LEDGER_ACCOUNT_RENUMBERED", associationId, null, account.label() + " (" + year.label() + ")")
			.withChanges(Map.of("code", code), Map.of("code", newCode)));
		return Optional.of(problems);
	}

	private boolean used(long associationId, SchoolYear year, String code) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM ledger_line l JOIN ledger_fiscal_year y ON y.id = l.fiscal_year_id
				WHERE y.association_id = ? AND y.school_year = ? AND l.account_code = ?""")
			.params(associationId, year.startYear(), code)
			.query(Long.class)
			.single() > 0;
	}

}
