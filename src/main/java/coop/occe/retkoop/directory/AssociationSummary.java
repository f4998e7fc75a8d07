package coop.occe.retkoop.directory;

/**
 * An association départementale as other modules see it.
 */
public record AssociationSummary(long id, String number, String name, String address, String postalCode, String city,
		String email, String phone, String siret, boolean randomInitialPasswords) {

}
