package coop.occe.retkoop.ledger.internal;

import java.util.List;

import coop.occe.retkoop.ledger.Account;
import coop.occe.retkoop.ledger.AccountKind;

/**
 * The chart every association starts from (PRODUCT.md §3.4): codes of the associations'
 * chart (ANC 2018-06) where they fit, OCCE categories as labels.
 */
public final class DefaultChart {

	private DefaultChart() {
	}

	public static final List<Account> ACCOUNTS = List.of(charge("607", "Achats de produits pour cession (photos…)"),
			charge("6068", "Achats pour les activités éducatives"), charge("616", "Primes d’assurance"),
			charge("6251", "Sorties et voyages"), charge("627", "Services bancaires"),
			charge("6281", "Cotisations versées à l’OCCE (adhésion et assurance)"),
			charge("657", "Aides et solidarité"), charge("671", "Charges exceptionnelles"),
			charge("68", "Biens durables"), product("707", "Ventes de produits pour cession"),
			product("706", "Participations des familles aux activités"), product("741", "Subventions de l’État"),
			product("742", "Subventions de la Région"), product("743", "Subventions du Département"),
			product("744", "Subventions de la Commune"), product("748", "Autres subventions"),
			product("7562", "Participation volontaire des familles"), product("7541", "Dons"),
			product("758", "Produits divers"), product("761", "Intérêts"), product("771", "Produits exceptionnels"),
			new Account("512", "Banque", AccountKind.BANK, true), new Account("53", "Caisse", AccountKind.CASH, true),
			new Account("467", "Régies d’avance", AccountKind.ADVANCE, true),
			new Account("58", "Virements internes", AccountKind.INTERNAL, true),
			new Account("110", "Report à nouveau (solde créditeur)", AccountKind.EQUITY, true),
			new Account("119", "Report à nouveau (solde débiteur)", AccountKind.EQUITY, true));

	private static Account charge(String code, String label) {
		return new Account(code, label, AccountKind.CHARGE, true);
	}

	private static Account product(String code, String label) {
		return new Account(code, label, AccountKind.PRODUCT, true);
	}

}
