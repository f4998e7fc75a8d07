package coop.occe.retkoop.reporting.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of the AD's year-end settings: the deadline and the choice of each check. */
@Repository
public class YearEndSettingsRepository {

	private final JdbcClient jdbc;

	YearEndSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<LocalDate> deadline(long associationId, SchoolYear year) {
		return this.jdbc
			.sql("SELECT deadline FROM reporting_year_end_setting WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.query(LocalDate.class)
			.optional();
	}

	/** Whether each check named in the settings blocks sending. */
	public Map<String, Boolean> blocking(long associationId, SchoolYear year) {
		Map<String, Boolean> blocking = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT check_name, blocking FROM reporting_check_setting
				WHERE association_id = ? AND school_year = ? ORDER BY check_name""")
			.params(associationId, year.startYear())
			.query((rs) -> {
				blocking.put(rs.getString(1), rs.getBoolean(2));
			});
		return blocking;
	}

	/** Replaces the settings of the year; the caller runs it in one transaction. */
	public void replace(long associationId, SchoolYear year, LocalDate deadline, Map<String, Boolean> blocking) {
		this.jdbc.sql("DELETE FROM reporting_year_end_setting WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.update();
		this.jdbc.sql("DELETE FROM reporting_check_setting WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.update();
		this.jdbc.sql("INSERT INTO reporting_year_end_setting (association_id, school_year, deadline) VALUES (?, ?, ?)")
			.params(associationId, year.startYear(), deadline)
			.update();
		blocking.forEach((name, blocks) -> this.jdbc.sql("""
				INSERT INTO reporting_check_setting (association_id, school_year, check_name, blocking)
				VALUES (?, ?, ?, ?)""").params(associationId, year.startYear(), name, blocks).update());
	}

}
