package coop.occe.retkoop.ledger.internal;

import java.util.List;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chart of accounts of each association and school year, copied from
 * {@link DefaultChart} the first time it is read.
 */
@Repository
public class ChartRepository {

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	ChartRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public List<Account> accounts(long associationId, SchoolYear year) {
		List<Account> accounts = find(associationId, year);
		if (!accounts.isEmpty()) {
			return accounts;
		}
		seed(associationId, year);
		return find(associationId, year);
	}

	/**
	 * Copies the default chart for the association's year unless it already has one (the
	 * AD adds an account to it, or somebody reads it first).
	 */
	public void seedDefaults(long associationId, SchoolYear year) {
		if (find(associationId, year).isEmpty()) {
			seed(associationId, year);
		}
	}

	private void seed(long associationId, SchoolYear year) {
		try {
			// In its own transaction: two first readers at once must not roll back a
			// post.
			this.newTransaction.executeWithoutResult((status) -> {
				for (Account account : DefaultChart.ACCOUNTS) {
					this.jdbc.sql("""
							INSERT INTO ledger_account (association_id, school_year, code, label, kind, active)
							VALUES (?, ?, ?, ?, ?, ?)""")
						.params(associationId, year.startYear(), account.code(), account.label(), account.kind().name(),
								account.active())
						.update();
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// Somebody else seeded it at the same moment: theirs is as good.
		}
	}

	private List<Account> find(long associationId, SchoolYear year) {
		return this.jdbc.sql("""
				SELECT code, label, kind, active FROM ledger_account
				WHERE association_id = ? AND school_year = ? ORDER BY code""")
			.params(associationId, year.startYear())
			.query((rs, i) -> new Account(rs.getString("code"), rs.getString("label"),
					AccountKind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
			.list();
	}

	/** Changes the label and whether the account may be used in new entries. */
	public boolean update(long associationId, SchoolYear year, String code, String label, boolean active) {
		return this.jdbc.sql(
				"UPDATE ledger_account SET label = ?, active = ? WHERE association_id = ? AND school_year = ? AND code = ?")
			.params(label, active, associationId, year.startYear(), code)
			.update() == 1;
	}

	public boolean insert(long associationId, SchoolYear year, Account account) {
		try {
			this.jdbc.sql("""
					INSERT INTO ledger_account (association_id, school_year, code, label, kind, active)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(associationId, year.startYear(), account.code(), account.label(), account.kind().name(),
						account.active())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
