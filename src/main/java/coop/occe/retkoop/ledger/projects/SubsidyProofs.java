package coop.occe.retkoop.ledger.projects;

import coop.occe.retkoop.platform.Texts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;
import coop.occe.retkoop.platform.ScanCheck;
import coop.occe.retkoop.shared.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proof of each subsidy (the funder's letter or decision), attached to its receipt:
 * public money must be traceable. A new file replaces the previous one.
 */
@Service
public class SubsidyProofs {

	private final Ledger ledger;

	private final Projects projects;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	SubsidyProofs(Ledger ledger, JdbcClient jdbc, AuditTrail audit, Texts texts, Clock clock, Projects projects) {
		this.projects = projects;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	/** A stored proof. */
	public record Proof(String fileName, String contentType, byte[] content) {

	}

	/**
	 * Attaches the file to a subsidy of the year; empty when the entry is not one of its
	 * subsidies; refused in a closed year.
	 */
	@Transactional
	public Optional<List<Problem>> attach(FiscalYear year, long entryId, String fileName, byte[] content) {
		Optional<Subsidy> subsidy = this.projects.subsidies(year)
			.stream()
			.filter((s) -> s.entryId() == entryId)
			.findFirst();
		if (subsidy.isEmpty()) {
			return Optional.empty();
		}
		List<Problem> closed = this.ledger.problemsWriting(year);
		if (!closed.isEmpty()) {
			return Optional.of(closed);
		}
		ScanCheck.Result check = ScanCheck.check(content);
		if (!check.accepted()) {
			return Optional.of(List.of(Problem.of("fichier", switch (check.refusal()) {
				case EMPTY -> "ledger.proof.empty";
				case TOO_LARGE -> "ledger.proof.tooLarge";
				case WRONG_TYPE -> "ledger.proof.wrongType";
				case UNREADABLE -> "ledger.proof.unreadable";
				case TOO_MANY_PIXELS -> "ledger.proof.tooManyPixels";
			})));
		}
		String name = (fileName == null || fileName.isBlank()) ? "justificatif" : fileName.strip();
		name = name.replaceAll("[\\\\/\\\"\\x00-\\x1F\\x7F]", "_");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		boolean replaced = this.jdbc.sql("DELETE FROM ledger_proof WHERE entry_id = ?").param(entryId).update() > 0;
		this.jdbc
			.sql("""
					INSERT INTO ledger_proof (entry_id, cooperative_id, file_name, content_type, size_bytes, uploaded_at, content)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(entryId, year.cooperativeId(), name, check.contentType(), (long) content.length,
					OffsetDateTime.now(this.clock), content)
			.update();
		this.audit.record(
				AuditEvent
					.of("LEDGER_SUBSIDY_PROOF", year.associationId(), year.cooperativeId(),
							this.texts.text("ledger.audit.subsidy", subsidy.get().voucher()))
					.withChanges(
							Map.of(this.texts.text("ledger.audit.field.proof"),
									this.texts
										.text(replaced ? "ledger.audit.proof.replaced" : "ledger.audit.proof.none")),
							Map.of(this.texts.text("ledger.audit.field.proof"), name)));
		return Optional.of(List.of());
	}

	/** The proof of a subsidy of the year, never another cooperative's. */
	public Optional<Proof> proof(FiscalYear year, long entryId) {
		return this.jdbc
			.sql("SELECT file_name, content_type, content FROM ledger_proof WHERE entry_id = ? AND cooperative_id = ?")
			.params(entryId, year.cooperativeId())
			.query((rs, i) -> new Proof(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** The subsidies of the year that have their proof. */
	public Set<Long> withProof(FiscalYear year) {
		return new HashSet<>(this.jdbc.sql("SELECT entry_id FROM ledger_proof WHERE cooperative_id = ?")
			.param(year.cooperativeId())
			.query(Long.class)
			.list());
	}

}
