package coop.occe.retkoop.support;

import java.util.concurrent.atomic.AtomicInteger;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeType;
import coop.occe.retkoop.directory.internal.AssociationRepository;
import coop.occe.retkoop.directory.internal.CooperativeData;
import coop.occe.retkoop.directory.internal.CooperativeService;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds associations, staff and cooperatives with numbers no other test uses, so that
 * tests never depend on each other's data, on H2 as on a PostgreSQL database shared by
 * the run.
 */
public class TestData {

	public static final String STAFF_PASSWORD = "staff-password-123";

	public static final String COOP_PASSWORD = "cooperative-pass-42";

	private static final AtomicInteger ASSOCIATION_NUMBERS = new AtomicInteger(100);

	private static final AtomicInteger COOPERATIVE_NUMBERS = new AtomicInteger(2000);

	private final AssociationRepository associations;

	private final CooperativeService cooperatives;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	public TestData(AssociationRepository associations, CooperativeService cooperatives, Accounts accounts,
			JdbcClient jdbc, PasswordEncoder encoder) {
		this.associations = associations;
		this.cooperatives = cooperatives;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/**
	 * A new association with one staff member (login {@code staffEmail},
	 * {@link #STAFF_PASSWORD}).
	 */
	public TestAssociation association(String name) {
		String number;
		do {
			number = String.format("%03d", ASSOCIATION_NUMBERS.getAndIncrement());
		}
		while (this.associations.findByNumber(number).isPresent());
		long id = this.associations.insert(new AssociationSummary(0, number, name, "1 rue de l'École", "46000",
				"CAHORS", "ad" + number + "@occe.test", "05 00 00 00 00", "77570866900020", false));
		String staffEmail = "staff" + number + "@occe.test";
		this.accounts.createPersonAccount(staffEmail, "Staff " + number, Role.AD_STAFF, id, STAFF_PASSWORD, false);
		return new TestAssociation(id, number, name, staffEmail);
	}

	/** A new cooperative whose account still has its initial password. */
	public TestCooperative cooperative(TestAssociation association, String name) {
		String number = String.format("%04d", COOPERATIVE_NUMBERS.getAndIncrement());
		CooperativeData data = new CooperativeData(number, name, "COMMUNE " + number, "",
				"coop" + number + "@example.org", "", "", CooperativeType.SCHOOL, "Mandataire " + number, "", "", "",
				"")
			.normalized();
		CooperativeService.Created created = this.cooperatives.create(association.id(), data);
		InitialPassword password = created.password();
		return new TestCooperative(created.cooperative().id(), association.id(), password.login(), name,
				password.value());
	}

	/**
	 * A new cooperative whose account already has its own password,
	 * {@link #COOP_PASSWORD}.
	 */
	public TestCooperative readyCooperative(TestAssociation association, String name) {
		TestCooperative coop = cooperative(association, name);
		this.jdbc.sql("UPDATE identity_account SET password_hash = ?, must_change_password = FALSE WHERE login = ?")
			.params(this.encoder.encode(COOP_PASSWORD), coop.login())
			.update();
		return coop;
	}

	public record TestAssociation(long id, String number, String name, String staffEmail) {

	}

	public record TestCooperative(long id, long associationId, String login, String name, String initialPassword) {

	}

}
