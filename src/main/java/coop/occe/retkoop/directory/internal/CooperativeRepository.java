package coop.occe.retkoop.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeStatus;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.CooperativeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CooperativeRepository {

	private static final String COLUMNS = "id, association_id, number, name, commune, uai, school_email, address, "
			+ "postal_code, type, status, mandatary_name, mandatary_email, bank_name, iban, bic, version";

	private final JdbcClient jdbc;

	CooperativeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CooperativeSummary> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM directory_cooperative WHERE id = ?")
			.param(id)
			.query(CooperativeRepository::map)
			.optional();
	}

	public Optional<CooperativeSummary> findByNumber(long associationId, String number) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM directory_cooperative WHERE association_id = ? AND number = ?")
			.params(associationId, number)
			.query(CooperativeRepository::map)
			.optional();
	}

	public List<CooperativeSummary> activeOf(long associationId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM directory_cooperative WHERE association_id = ? AND status = ? ORDER BY number")
			.params(associationId, CooperativeStatus.ACTIVE.name())
			.query(CooperativeRepository::map)
			.list();
	}

	/**
	 * One page of an association's cooperatives whose number, name, commune or UAI
	 * contains the text, ordered by number.
	 */
	public List<CooperativeSummary> search(long associationId, String text, int page, int size) {
		Filter filter = filter(associationId, text);
		List<Object> params = new ArrayList<>(filter.params());
		params.add(size);
		params.add(page * size);
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM directory_cooperative WHERE " + filter.where()
					+ " ORDER BY number LIMIT ? OFFSET ?")
			.params(params)
			.query(CooperativeRepository::map)
			.list();
	}

	public long count(long associationId, String text) {
		Filter filter = filter(associationId, text);
		return this.jdbc.sql("SELECT COUNT(*) FROM directory_cooperative WHERE " + filter.where())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	public long countByAssociation(long associationId) {
		return count(associationId, "");
	}

	private static Filter filter(long associationId, String text) {
		List<Object> params = new ArrayList<>();
		params.add(associationId);
		String where = "association_id = ?";
		String needle = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (!needle.isEmpty()) {
			String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			where += " AND (LOWER(number) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\'"
					+ " OR LOWER(commune) LIKE ? ESCAPE '\\' OR LOWER(uai) LIKE ? ESCAPE '\\')";
			params.addAll(List.of(like, like, like, like));
		}
		return new Filter(where, params);
	}

	public long insert(long associationId, CooperativeData data) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO directory_cooperative (association_id, number, name, commune, uai, school_email, address,
				postal_code, type, status, mandatary_name, mandatary_email, bank_name, iban, bic, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(associationId, data.number(), data.name(), data.commune(), emptyToNull(data.uai()),
					data.schoolEmail(), data.address(), data.postalCode(), data.type().name(),
					CooperativeStatus.ACTIVE.name(), data.mandataryName(), data.mandataryEmail(), data.bankName(),
					emptyToNull(data.iban()), emptyToNull(data.bic()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Updates if nobody changed the cooperative since {@code version} was read. */
	public boolean update(long id, int version, CooperativeData data) {
		return this.jdbc.sql("""
				UPDATE directory_cooperative SET name = ?, commune = ?, uai = ?, school_email = ?, address = ?,
				postal_code = ?, type = ?, mandatary_name = ?, mandatary_email = ?, bank_name = ?, iban = ?, bic = ?,
				version = version + 1 WHERE id = ? AND version = ?""")
			.params(data.name(), data.commune(), emptyToNull(data.uai()), data.schoolEmail(), data.address(),
					data.postalCode(), data.type().name(), data.mandataryName(), data.mandataryEmail(), data.bankName(),
					emptyToNull(data.iban()), emptyToNull(data.bic()), id, version)
			.update() == 1;
	}

	public void setStatus(long id, CooperativeStatus status) {
		this.jdbc.sql("UPDATE directory_cooperative SET status = ?, version = version + 1 WHERE id = ?")
			.params(status.name(), id)
			.update();
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static String nullToEmpty(String value) {
		return (value == null) ? "" : value;
	}

	private static CooperativeSummary map(ResultSet rs, int row) throws SQLException {
		return new CooperativeSummary(rs.getLong("id"), rs.getLong("association_id"), rs.getString("number"),
				rs.getString("name"), rs.getString("commune"), nullToEmpty(rs.getString("uai")),
				nullToEmpty(rs.getString("school_email")), nullToEmpty(rs.getString("address")),
				nullToEmpty(rs.getString("postal_code")), CooperativeType.valueOf(rs.getString("type")),
				CooperativeStatus.valueOf(rs.getString("status")), nullToEmpty(rs.getString("mandatary_name")),
				nullToEmpty(rs.getString("mandatary_email")), nullToEmpty(rs.getString("bank_name")),
				nullToEmpty(rs.getString("iban")), nullToEmpty(rs.getString("bic")), rs.getInt("version"));
	}

	private record Filter(String where, List<Object> params) {

	}

}
