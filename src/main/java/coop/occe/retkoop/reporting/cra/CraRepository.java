package coop.occe.retkoop.reporting.cra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CRA's tables: questionnaires, their questions, the cooperatives' answers. */
@Repository
class CraRepository {

	private final JdbcClient jdbc;

	CraRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean questionnaireExists(long associationId, SchoolYear year) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM reporting_cra_questionnaire WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.query(Long.class)
			.single() > 0;
	}

	/** Creates the questionnaire's row; fails on a duplicate key when it exists. */
	void insertQuestionnaire(long associationId, SchoolYear year) {
		this.jdbc.sql("INSERT INTO reporting_cra_questionnaire (association_id, school_year) VALUES (?, ?)")
			.params(associationId, year.startYear())
			.update();
	}

	/** Locks the questionnaire against other changes until the transaction ends. */
	void lockQuestionnaire(long associationId, SchoolYear year) {
		this.jdbc.sql("""
				SELECT association_id FROM reporting_cra_questionnaire WHERE association_id = ? AND school_year = ?
				FOR UPDATE""").params(associationId, year.startYear()).query(Long.class).list();
	}

	List<Question> defaults() {
		return this.jdbc.sql("""
				SELECT position AS id, position, kind, label, choices, required FROM reporting_cra_default_question
				ORDER BY position""").query(CraRepository::question).list();
	}

	/** The questions not removed, in order. */
	List<Question> questions(long associationId, SchoolYear year) {
		return this.jdbc.sql("""
				SELECT id, position, kind, label, choices, required FROM reporting_cra_question
				WHERE association_id = ? AND school_year = ? AND removed = FALSE ORDER BY position, id""")
			.params(associationId, year.startYear())
			.query(CraRepository::question)
			.list();
	}

	void insertQuestion(long associationId, SchoolYear year, int position, QuestionKind kind, String label,
			List<String> choices, boolean required) {
		this.jdbc
			.sql("""
					INSERT INTO reporting_cra_question (association_id, school_year, position, kind, label, choices, required)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(associationId, year.startYear(), position, kind.name(), label, String.join("\n", choices), required)
			.update();
	}

	void updateQuestion(long id, QuestionKind kind, String label, List<String> choices, boolean required) {
		this.jdbc.sql("UPDATE reporting_cra_question SET kind = ?, label = ?, choices = ?, required = ? WHERE id = ?")
			.params(kind.name(), label, String.join("\n", choices), required, id)
			.update();
	}

	void setPosition(long id, int position) {
		this.jdbc.sql("UPDATE reporting_cra_question SET position = ? WHERE id = ?").params(position, id).update();
	}

	void markRemoved(long id) {
		this.jdbc.sql("UPDATE reporting_cra_question SET removed = TRUE WHERE id = ?").param(id).update();
	}

	Optional<Sheet> sheet(long fiscalYearId) {
		return this.jdbc.sql("SELECT answered_on, frozen FROM reporting_cra_sheet WHERE fiscal_year_id = ?")
			.param(fiscalYearId)
			.query((rs, i) -> new Sheet(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
			.optional();
	}

	/** Creates the year's sheet; fails on a duplicate key when it exists. */
	void insertSheet(FiscalYear year, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO reporting_cra_sheet (fiscal_year_id, cooperative_id, association_id, school_year,
				frozen, updated_at) VALUES (?, ?, ?, ?, FALSE, ?)""")
			.params(year.id(), year.cooperativeId(), year.associationId(), year.schoolYear().startYear(), now)
			.update();
	}

	/** The year's sheet, locked until the transaction ends. */
	Sheet lockSheet(long fiscalYearId) {
		return this.jdbc.sql("SELECT answered_on, frozen FROM reporting_cra_sheet WHERE fiscal_year_id = ? FOR UPDATE")
			.param(fiscalYearId)
			.query((rs, i) -> new Sheet(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
			.single();
	}

	void updateSheet(long fiscalYearId, LocalDate answeredOn, boolean frozen, OffsetDateTime now) {
		this.jdbc
			.sql("UPDATE reporting_cra_sheet SET answered_on = ?, frozen = ?, updated_at = ? WHERE fiscal_year_id = ?")
			.params(answeredOn, frozen, now, fiscalYearId)
			.update();
	}

	Map<Long, String> answers(long fiscalYearId) {
		Map<Long, String> answers = new HashMap<>();
		this.jdbc.sql("SELECT question_id, answer FROM reporting_cra_answer WHERE fiscal_year_id = ?")
			.param(fiscalYearId)
			.query((rs, i) -> answers.put(rs.getLong(1), rs.getString(2)))
			.list();
		return answers;
	}

	/** Replaces the answers to these questions (an empty answer is none). */
	void replaceAnswers(long fiscalYearId, List<Question> questions, Map<Long, String> answers) {
		for (Question question : questions) {
			this.jdbc.sql("DELETE FROM reporting_cra_answer WHERE fiscal_year_id = ? AND question_id = ?")
				.params(fiscalYearId, question.id())
				.update();
			String answer = answers.getOrDefault(question.id(), "");
			if (!answer.isEmpty()) {
				this.jdbc.sql("INSERT INTO reporting_cra_answer (fiscal_year_id, question_id, answer) VALUES (?, ?, ?)")
					.params(fiscalYearId, question.id(), answer)
					.update();
			}
		}
	}

	private static Question question(ResultSet rs, int row) throws SQLException {
		String choices = rs.getString("choices");
		return new Question(rs.getLong("id"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
				rs.getString("label"), choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n")),
				rs.getBoolean("required"));
	}

	/** Where a cooperative's answers stand. */
	record Sheet(LocalDate answeredOn, boolean frozen) {

	}

}
