package coop.occe.retkoop.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.directory.AssociationSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AssociationRepository {

	private static final String COLUMNS = "id, number, name, address, postal_code, city, email, phone, siret, random_initial_passwords";

	private final JdbcClient jdbc;

	AssociationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AssociationSummary> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM directory_association WHERE id = ?")
			.param(id)
			.query(AssociationRepository::map)
			.optional();
	}

	public Optional<AssociationSummary> findByNumber(String number) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM directory_association WHERE number = ?")
			.param(number)
			.query(AssociationRepository::map)
			.optional();
	}

	public List<AssociationSummary> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM directory_association ORDER BY number")
			.query(AssociationRepository::map)
			.list();
	}

	public long insert(AssociationSummary association) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO directory_association (number, name, address, postal_code, city, email, phone, siret,
				random_initial_passwords) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(association.number(), association.name(), association.address(), association.postalCode(),
					association.city(), association.email(), association.phone(), association.siret(),
					association.randomInitialPasswords())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void update(AssociationSummary association) {
		this.jdbc.sql("""
				UPDATE directory_association SET name = ?, address = ?, postal_code = ?, city = ?, email = ?, phone = ?,
				siret = ?, random_initial_passwords = ? WHERE id = ?""")
			.params(association.name(), association.address(), association.postalCode(), association.city(),
					association.email(), association.phone(), association.siret(), association.randomInitialPasswords(),
					association.id())
			.update();
	}

	private static AssociationSummary map(ResultSet rs, int row) throws SQLException {
		return new AssociationSummary(rs.getLong("id"), rs.getString("number"), rs.getString("name"),
				text(rs, "address"), text(rs, "postal_code"), text(rs, "city"), text(rs, "email"), text(rs, "phone"),
				text(rs, "siret"), rs.getBoolean("random_initial_passwords"));
	}

	private static String text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? value : "";
	}

}
