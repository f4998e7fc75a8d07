package coop.occe.retkoop.directory.internal;

import java.util.ArrayList;
import java.util.List;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeType;
import coop.occe.retkoop.identity.Accounts;
import coop.occe.retkoop.shared.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data of the embedded default: the OCCE du Lot and the cooperative of the seed
 * letter, a few more cooperatives of the Lot, and a second AD with one cooperative so
 * that isolation can be seen. Loading twice changes nothing.
 */
@Component
public class DemoData {

	public static final String LOT_STAFF_EMAIL = "compta@occe46.test";

	public static final String LOT_STAFF_PASSWORD = "demo-ad46-2025";

	public static final String CORREZE_STAFF_EMAIL = "compta@occe19.test";

	public static final String CORREZE_STAFF_PASSWORD = "demo-ad19-2025";

	public static final String ADMIN_EMAIL = "admin@occe.test";

	public static final String ADMIN_PASSWORD = "demo-admin-2025";

	private final AssociationRepository associations;

	private final CooperativeService cooperatives;

	private final Accounts accounts;

	DemoData(AssociationRepository associations, CooperativeService cooperatives, Accounts accounts) {
		this.associations = associations;
		this.cooperatives = cooperatives;
		this.accounts = accounts;
	}

	/** Loads what is missing and returns the demo logins, to print. */
	@Transactional
	public List<String> load() {
		List<String> logins = new ArrayList<>();
		AssociationSummary lot = this.associations.findByNumber("046").orElseGet(() -> {
			long id = this.associations.insert(new AssociationSummary(0, "046", "OCCE du Lot", "80 rue des Jardiniers",
					"46000", "CAHORS", "ad46@occe.coop", "05 65 24 25 50", "77570866900020", false));
			return this.associations.findById(id).orElseThrow();
		});
		coop(lot, "0410", "Coopérative Scolaire de l'École Publique Jules Ferry", "LA ROSE", "0460410W",
				"ce.0460410n@ac-toulouse.fr", "Jean DUPONT", "jdp@gmail.com", "La Banque Postale",
				"FR7620041010160999999702912", "PSSTFRPPTOU");
		coop(lot, "0512", "Coopérative Scolaire de l'École Élémentaire Louis Pasteur", "FIGEAC", "0460512G",
				"ce.0460512g@ac-toulouse.fr", "Marie COSTES", "", "", "", "");
		coop(lot, "0623", "Coopérative Scolaire de l'École Maternelle Les Tilleuls", "GOURDON", "0460623C",
				"ce.0460623c@ac-toulouse.fr", "Paul VIDAL", "", "", "", "");
		coop(lot, "0734", "Coopérative Scolaire de l'École Primaire du Causse", "GRAMAT", "0460734Y",
				"ce.0460734y@ac-toulouse.fr", "Claire DELMAS", "", "", "", "");
		coop(lot, "0845", "Coopérative Scolaire de l'École Publique de Souillac", "SOUILLAC", "0460845U",
				"ce.0460845u@ac-toulouse.fr", "Luc FABRE", "", "", "", "");
		staff(lot, LOT_STAFF_EMAIL, "Isabelle GRANIER", LOT_STAFF_PASSWORD);
		logins.add("AD du Lot (046)          : " + LOT_STAFF_EMAIL + " / " + LOT_STAFF_PASSWORD);
		logins.add("Coopérative Jules Ferry  : 046-0410 / coop0410 (à changer à la 1re connexion)");
		logins.add("Autres coopératives      : 046-0512, 046-0623, 046-0734, 046-0845 / coop + numéro");

		AssociationSummary correze = this.associations.findByNumber("019").orElseGet(() -> {
			long id = this.associations
				.insert(new AssociationSummary(0, "019", "OCCE de la Corrèze", "2 place de la Mairie", "19000", "TULLE",
						"ad19@occe.coop", "05 55 00 00 00", "77570866900038", false));
			return this.associations.findById(id).orElseThrow();
		});
		coop(correze, "0101", "Coopérative Scolaire de l'École des Remparts", "TULLE", "0190101G",
				"ce.0190101g@ac-limoges.fr", "Anne MARTIN", "", "", "", "");
		staff(correze, CORREZE_STAFF_EMAIL, "Sophie BRUN", CORREZE_STAFF_PASSWORD);
		logins.add("AD de la Corrèze (019)   : " + CORREZE_STAFF_EMAIL + " / " + CORREZE_STAFF_PASSWORD);
		logins.add("Coopérative de Tulle     : 019-0101 / coop0101");

		if (!this.accounts.loginExists(ADMIN_EMAIL)) {
			this.accounts.createPersonAccount(ADMIN_EMAIL, "Fédération OCCE", Role.FEDERATION_ADMIN, null,
					ADMIN_PASSWORD, false);
		}
		logins.add("Fédération (admin)       : " + ADMIN_EMAIL + " / " + ADMIN_PASSWORD);
		return logins;
	}

	private void coop(AssociationSummary association, String number, String name, String commune, String uai,
			String email, String mandatary, String mandataryEmail, String bank, String iban, String bic) {
		CooperativeData data = new CooperativeData(number, name, commune, uai, email, "", "", CooperativeType.SCHOOL,
				mandatary, mandataryEmail, bank, iban, bic)
			.normalized();
		if (this.cooperatives.checkNew(association.id(), data).isEmpty()) {
			this.cooperatives.create(association.id(), data);
		}
	}

	private void staff(AssociationSummary association, String email, String name, String password) {
		if (!this.accounts.loginExists(email)) {
			this.accounts.createPersonAccount(email, name, Role.AD_STAFF, association.id(), password, false);
		}
	}

}
