package coop.occe.retkoop.reporting.crf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CRF's lines and the accounts' lines, per AD and school year. */
@Repository
class CrfMappingRepository {

	private final JdbcClient jdbc;

	CrfMappingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CrfLine> lines(long associationId, SchoolYear year) {
		return this.jdbc
			.sql("SELECT code, label, kind, line_order FROM reporting_crf_line"
					+ " WHERE association_id = ? AND school_year = ? ORDER BY line_order, code")
			.params(associationId, year.startYear())
			.query((rs, n) -> new CrfLine(rs.getString("code"), rs.getString("label"),
					AccountKind.valueOf(rs.getString("kind")), rs.getInt("line_order")))
			.list();
	}

	Map<String, String> accountLines(long associationId, SchoolYear year) {
		return this.jdbc.sql(
				"SELECT account_code, line_code FROM reporting_crf_account WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The latest year before this one for which the AD set lines. */
	Optional<SchoolYear> latestBefore(long associationId, SchoolYear year) {
		return this.jdbc
			.sql("SELECT MAX(school_year) FROM reporting_crf_line WHERE association_id = ? AND school_year < ?")
			.params(associationId, year.startYear())
			.query(Integer.class)
			.optional()
			.map(SchoolYear::new);
	}

	void insertLine(long associationId, SchoolYear year, CrfLine line) {
		this.jdbc
			.sql("INSERT INTO reporting_crf_line (association_id, school_year, code, label, kind, line_order)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(associationId, year.startYear(), line.code(), line.label(), line.kind().name(), line.order())
			.update();
	}

	void rename(long associationId, SchoolYear year, String code, String label) {
		this.jdbc
			.sql("UPDATE reporting_crf_line SET label = ? WHERE association_id = ? AND school_year = ? AND code = ?")
			.params(label, associationId, year.startYear(), code)
			.update();
	}

	void reorder(long associationId, SchoolYear year, String code, int order) {
		this.jdbc.sql(
				"UPDATE reporting_crf_line SET line_order = ? WHERE association_id = ? AND school_year = ? AND code = ?")
			.params(order, associationId, year.startYear(), code)
			.update();
	}

	void assign(long associationId, SchoolYear year, String accountCode, String lineCode) {
		this.jdbc
			.sql("DELETE FROM reporting_crf_account WHERE association_id = ? AND school_year = ? AND account_code = ?")
			.params(associationId, year.startYear(), accountCode)
			.update();
		this.jdbc
			.sql("INSERT INTO reporting_crf_account (association_id, school_year, account_code, line_code)"
					+ " VALUES (?, ?, ?, ?)")
			.params(associationId, year.startYear(), accountCode, lineCode)
			.update();
	}

}
