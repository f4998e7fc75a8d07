package coop.occe.retkoop.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of the attestations: a reference is never forgotten, so that the public
 * verification page can say what became of it.
 */
@Repository
class AttestationRepository {

	private final JdbcClient jdbc;

	AttestationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new reference of the adhésion; the one withdrawn before it, if any, is
	 * replaced by it.
	 */
	void issue(long adhesionId, String reference, OffsetDateTime at) {
		this.jdbc
			.sql("UPDATE membership_attestation SET replaced_by = ? WHERE adhesion_id = ? AND withdrawn_at IS NOT NULL"
					+ " AND replaced_by IS NULL")
			.params(reference, adhesionId)
			.update();
		this.jdbc.sql("INSERT INTO membership_attestation (reference, adhesion_id, issued_at) VALUES (?, ?, ?)")
			.params(reference, adhesionId, at)
			.update();
	}

	/** The adhésion's valid attestation is valid no more. */
	void withdraw(long adhesionId, OffsetDateTime at) {
		this.jdbc
			.sql("UPDATE membership_attestation SET withdrawn_at = ? WHERE adhesion_id = ? AND withdrawn_at IS NULL")
			.params(at, adhesionId)
			.update();
	}

	Optional<Attestation> find(String reference) {
		return this.jdbc.sql("SELECT * FROM membership_attestation WHERE reference = ?")
			.param(reference)
			.query((rs, n) -> row(rs))
			.optional()
			.map(this::withReplacement);
	}

	// A chain of replacements ends at the reference that is valid now (or withdrawn
	// last).
	private Attestation withReplacement(Row row) {
		Optional<Attestation> replacement = Optional.ofNullable(row.replacedBy()).flatMap(this::find);
		return new Attestation(row.reference(), row.adhesionId(), row.issuedAt(), row.withdrawnAt(), replacement);
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getString("reference"), rs.getLong("adhesion_id"),
				rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class),
				rs.getString("replaced_by"));
	}

	private record Row(String reference, long adhesionId, OffsetDateTime issuedAt, OffsetDateTime withdrawnAt,
			String replacedBy) {

	}

}
