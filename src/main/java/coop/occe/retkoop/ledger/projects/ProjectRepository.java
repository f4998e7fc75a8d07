package coop.occe.retkoop.ledger.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectRepository {

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long cooperativeId, long fiscalYearId, String name, String className, LocalDate startsOn,
			LocalDate endsOn) {
		this.jdbc.sql("""
				INSERT INTO ledger_project (cooperative_id, fiscal_year_id, name, class_name, starts_on, ends_on)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(cooperativeId, fiscalYearId, name, className, startsOn, endsOn)
			.update();
	}

	public List<Project> all(long fiscalYearId) {
		return this.jdbc.sql(
				"SELECT id, name, class_name, starts_on, ends_on FROM ledger_project WHERE fiscal_year_id = ? ORDER BY name")
			.param(fiscalYearId)
			.query(ProjectRepository::map)
			.list();
	}

	public Optional<Project> find(long fiscalYearId, long projectId) {
		return this.jdbc.sql(
				"SELECT id, name, class_name, starts_on, ends_on FROM ledger_project WHERE fiscal_year_id = ? AND id = ?")
			.params(fiscalYearId, projectId)
			.query(ProjectRepository::map)
			.optional();
	}

	private static Project map(ResultSet rs, int row) throws SQLException {
		return new Project(rs.getLong("id"), rs.getString("name"), rs.getString("class_name"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
	}

}
