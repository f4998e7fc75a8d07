package coop.occe.retkoop.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import coop.occe.retkoop.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

	private static final String COLUMNS = "id, login, password_hash, role, association_id, cooperative_id, display_name, email, must_change_password, enabled";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Account> findByLogin(String login) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE login = ?")
			.param(login)
			.query(AccountRepository::map)
			.optional();
	}

	public Optional<Account> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE id = ?")
			.param(id)
			.query(AccountRepository::map)
			.optional();
	}

	/** The personal accounts (AD staff) of an association, by name. */
	public java.util.List<Account> staffOf(long associationId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM identity_account WHERE association_id = ? AND role = ? "
					+ "ORDER BY display_name")
			.params(associationId, Role.AD_STAFF.name())
			.query(AccountRepository::map)
			.list();
	}

	public java.util.List<Account> findByCooperative(long cooperativeId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE cooperative_id = ?")
			.param(cooperativeId)
			.query(AccountRepository::map)
			.list();
	}

	public void setEnabled(long accountId, boolean enabled) {
		this.jdbc.sql("UPDATE identity_account SET enabled = ? WHERE id = ?").params(enabled, accountId).update();
	}

	public void insert(String login, String passwordHash, Role role, Long associationId, Long cooperativeId,
			String displayName, String email, boolean mustChangePassword) {
		this.jdbc.sql("""
				INSERT INTO identity_account (login, password_hash, role, association_id, cooperative_id, display_name,
				email, must_change_password, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
			.params(login, passwordHash, role.name(), associationId, cooperativeId, displayName, email,
					mustChangePassword, now())
			.update();
	}

	public void updateCooperativeContact(long cooperativeId, String displayName, String email) {
		this.jdbc.sql(
				"UPDATE identity_account SET display_name = ?, email = ? WHERE cooperative_id = ? AND role = 'MANDATARY'")
			.params(displayName, email, cooperativeId)
			.update();
	}

	public void setCooperativeEnabled(long cooperativeId, boolean enabled) {
		this.jdbc.sql("UPDATE identity_account SET enabled = ? WHERE cooperative_id = ?")
			.params(enabled, cooperativeId)
			.update();
	}

	public void resetCooperativePassword(long cooperativeId, String passwordHash) {
		this.jdbc
			.sql("UPDATE identity_account SET password_hash = ?, must_change_password = TRUE WHERE cooperative_id = ?"
					+ " AND role = 'MANDATARY'")
			.params(passwordHash, cooperativeId)
			.update();
		this.jdbc.sql("""
				UPDATE identity_password_reset SET used_at = ? WHERE used_at IS NULL
				AND account_id IN (SELECT id FROM identity_account WHERE cooperative_id = ? AND role = 'MANDATARY')""")
			.params(now(), cooperativeId)
			.update();
	}

	/**
	 * Replaces the password; every reset link still open for the account dies with the
	 * old password.
	 */
	public void changePassword(long accountId, String passwordHash) {
		this.jdbc.sql("""
				UPDATE identity_account SET password_hash = ?, must_change_password = FALSE, password_changed_at = ?
				WHERE id = ?""").params(passwordHash, now(), accountId).update();
		spendResetLinks(accountId);
	}

	/** Spends every reset link of the account that has not been used yet. */
	public void spendResetLinks(long accountId) {
		this.jdbc.sql("UPDATE identity_password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
			.params(now(), accountId)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("login"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), (Long) rs.getObject("association_id", Long.class),
				(Long) rs.getObject("cooperative_id", Long.class), rs.getString("display_name"), rs.getString("email"),
				rs.getBoolean("must_change_password"), rs.getBoolean("enabled"));
	}

}
