package coop.occe.retkoop.ledger;

import coop.occe.retkoop.platform.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings of the books chosen by each AD: the ceiling of a régie d'avance (150 € unless
 * the AD sets another).
 */
@Service
public class LedgerSettings {

	/** The default ceiling of a régie d'avance (PRODUCT.md §3.4). */
	public static final Money DEFAULT_ADVANCE_CEILING = Money.euros(150);

	static final Money MAX_ADVANCE_CEILING = Money.euros(5000);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Texts texts;

	LedgerSettings(JdbcClient jdbc, AuditTrail audit, Texts texts) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.texts = texts;
	}

	public Money advanceCeiling(long associationId) {
		return this.jdbc.sql("SELECT advance_ceiling_cents FROM ledger_settings WHERE association_id = ?")
			.param(associationId)
			.query(Long.class)
			.optional()
			.map(Money::ofCents)
			.orElse(DEFAULT_ADVANCE_CEILING);
	}

	/** Sets the ceiling typed by AD staff; returns the problems, nothing saved if any. */
	@Transactional
	public List<Problem> setAdvanceCeiling(long associationId, String typed) {
		List<Problem> problems = new ArrayList<>();
		Money ceiling = Money.parse(typed).orElse(null);
		if (ceiling == null) {
			problems.add(Problem.of("advanceCeiling", "ledger.settings.ceilingFormat"));
		}
		else if (!ceiling.isPositive() || ceiling.compareTo(MAX_ADVANCE_CEILING) > 0) {
			problems.add(Problem.of("advanceCeiling", "ledger.settings.ceilingRange", MAX_ADVANCE_CEILING.format()));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Money before = advanceCeiling(associationId);
		int updated = this.jdbc.sql("UPDATE ledger_settings SET advance_ceiling_cents = ? WHERE association_id = ?")
			.params(ceiling.cents(), associationId)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("INSERT INTO ledger_settings (association_id, advance_ceiling_cents) VALUES (?, ?)")
					.params(associationId, ceiling.cents())
					.update();
			}
			catch (DuplicateKeyException ex) {
				this.jdbc.sql("UPDATE ledger_settings SET advance_ceiling_cents = ? WHERE association_id = ?")
					.params(ceiling.cents(), associationId)
					.update();
			}
		}
		this.audit.record(AuditEvent
			.of("LEDGER_ADVANCE_CEILING", associationId, null, this.texts.text("ledger.audit.advanceCeiling"))
			.withChanges(Map.of(this.texts.text("ledger.audit.field.ceiling"), before.format()),
					Map.of(this.texts.text("ledger.audit.field.ceiling"), ceiling.format())));
		return problems;
	}

}
