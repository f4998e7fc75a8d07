package coop.occe.retkoop.reporting.quitus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quitus tables of the reporting module. */
@Repository
class DischargeRepository {

	private static final String COLUMNS = """
			id, fiscal_year_id, cooperative_id, association_id, school_year, name, email, quality, invited_at,
			expires_at, answer, answered_at, answer_comment""";

	private final JdbcClient jdbc;

	DischargeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DischargeRules rules(long associationId, SchoolYear year) {
		return this.jdbc.sql("""
				SELECT parent_required, paper_accepted FROM reporting_discharge_rules
				WHERE association_id = ? AND school_year = ?""")
			.params(associationId, year.startYear())
			.query((rs, i) -> new DischargeRules(rs.getBoolean(1), rs.getBoolean(2)))
			.optional()
			.orElse(DischargeRules.DEFAULT);
	}

	void saveRules(long associationId, SchoolYear year, DischargeRules rules) {
		int updated = this.jdbc.sql("""
				UPDATE reporting_discharge_rules SET parent_required = ?, paper_accepted = ?
				WHERE association_id = ? AND school_year = ?""")
			.params(rules.parentRequired(), rules.paperAccepted(), associationId, year.startYear())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO reporting_discharge_rules (association_id, school_year, parent_required, paper_accepted)
					VALUES (?, ?, ?, ?)""")
				.params(associationId, year.startYear(), rules.parentRequired(), rules.paperAccepted())
				.update();
		}
	}

	List<Verifier> verifiers(FiscalYear year) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM reporting_verifier WHERE fiscal_year_id = ? AND cooperative_id = ?"
					+ " ORDER BY id")
			.params(year.id(), year.cooperativeId())
			.query(DischargeRepository::verifier)
			.list();
	}

	Optional<Verifier> verifier(FiscalYear year, long id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM reporting_verifier WHERE id = ? AND fiscal_year_id = ? AND cooperative_id = ?")
			.params(id, year.id(), year.cooperativeId())
			.query(DischargeRepository::verifier)
			.optional();
	}

	Optional<Verifier> byTokenHash(String hash) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM reporting_verifier WHERE token_hash = ?")
			.param(hash)
			.query(DischargeRepository::verifier)
			.optional();
	}

	long insert(FiscalYear year, String name, String email, VerifierQuality quality) {
		this.jdbc.sql("""
				INSERT INTO reporting_verifier (fiscal_year_id, cooperative_id, association_id, school_year, name,
				email, quality) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(year.id(), year.cooperativeId(), year.associationId(), year.schoolYear().startYear(), name, email,
					quality.name())
			.update();
		return this.jdbc.sql("SELECT id FROM reporting_verifier WHERE fiscal_year_id = ? AND email = ?")
			.params(year.id(), email)
			.query(Long.class)
			.single();
	}

	/**
	 * Gives the vérificateur a new link if they have not answered; with
	 * {@code firstOnly}, only if they were never invited (a second click on "Envoyer"
	 * sends nothing twice).
	 */
	boolean invite(Verifier verifier, String tokenHash, OffsetDateTime now, OffsetDateTime expires, boolean firstOnly) {
		return this.jdbc.sql("""
				UPDATE reporting_verifier SET token_hash = ?, invited_at = ?, expires_at = ?
				WHERE id = ? AND answer IS NULL""" + (firstOnly ? " AND invited_at IS NULL" : ""))
			.params(tokenHash, now, expires, verifier.id())
			.update() == 1;
	}

	boolean removeUnanswered(Verifier verifier) {
		return this.jdbc.sql("DELETE FROM reporting_verifier WHERE id = ? AND answer IS NULL")
			.param(verifier.id())
			.update() == 1;
	}

	/** Records the answer once, while the link is valid: false if it was not. */
	boolean answer(String tokenHash, VerifierAnswer answer, String comment, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE reporting_verifier SET answer = ?, answered_at = ?, answer_comment = ?
				WHERE token_hash = ? AND answer IS NULL AND expires_at > ?
				AND fiscal_year_id NOT IN (SELECT fiscal_year_id FROM reporting_discharge_frozen)""")
			.params(answer.name(), now, comment, tokenHash, now)
			.update() == 1;
	}

	boolean isFrozen(long fiscalYearId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM reporting_discharge_frozen WHERE fiscal_year_id = ?")
			.param(fiscalYearId)
			.query(Long.class)
			.single() > 0;
	}

	void freeze(long fiscalYearId, OffsetDateTime now) {
		if (!isFrozen(fiscalYearId)) {
			this.jdbc.sql("INSERT INTO reporting_discharge_frozen (fiscal_year_id, frozen_at) VALUES (?, ?)")
				.params(fiscalYearId, now)
				.update();
		}
	}

	void savePaper(FiscalYear year, String fileName, String contentType, byte[] content, OffsetDateTime now) {
		this.jdbc.sql("DELETE FROM reporting_discharge_paper WHERE fiscal_year_id = ?").param(year.id()).update();
		this.jdbc.sql("""
				INSERT INTO reporting_discharge_paper (fiscal_year_id, cooperative_id, file_name, content_type,
				size_bytes, uploaded_at, content) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(year.id(), year.cooperativeId(), fileName, contentType, (long) content.length, now, content)
			.update();
	}

	Optional<OffsetDateTime> paperUploadedAt(FiscalYear year) {
		return this.jdbc
			.sql("SELECT uploaded_at FROM reporting_discharge_paper WHERE fiscal_year_id = ? AND cooperative_id = ?")
			.params(year.id(), year.cooperativeId())
			.query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
	}

	Optional<Discharge.Paper> paper(FiscalYear year) {
		return this.jdbc.sql("""
				SELECT file_name, content_type, content FROM reporting_discharge_paper
				WHERE fiscal_year_id = ? AND cooperative_id = ?""")
			.params(year.id(), year.cooperativeId())
			.query((rs, i) -> new Discharge.Paper(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private static Verifier verifier(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		return new Verifier(rs.getLong("id"), rs.getLong("fiscal_year_id"), rs.getLong("cooperative_id"),
				rs.getLong("association_id"), new SchoolYear(rs.getInt("school_year")), rs.getString("name"),
				rs.getString("email"), VerifierQuality.valueOf(rs.getString("quality")),
				rs.getObject("invited_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
				(answer != null) ? VerifierAnswer.valueOf(answer) : null,
				rs.getObject("answered_at", OffsetDateTime.class), rs.getString("answer_comment"));
	}

}
