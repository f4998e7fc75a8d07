package coop.occe.retkoop.directory.web;

import java.util.Locale;

import coop.occe.retkoop.directory.AssociationSummary;

/**
 * An association's details and settings as typed.
 */
public class AssociationForm {

	private String number = "";

	private String name = "";

	private String address = "";

	private String postalCode = "";

	private String city = "";

	private String email = "";

	private String phone = "";

	private String siret = "";

	private boolean randomInitialPasswords;

	static AssociationForm of(AssociationSummary a) {
		AssociationForm form = new AssociationForm();
		form.number = a.number();
		form.name = a.name();
		form.address = a.address();
		form.postalCode = a.postalCode();
		form.city = a.city();
		form.email = a.email();
		form.phone = a.phone();
		form.siret = a.siret();
		form.randomInitialPasswords = a.randomInitialPasswords();
		return form;
	}

	AssociationSummary toSummary(long id) {
		return new AssociationSummary(id, strip(this.number).toUpperCase(Locale.ROOT), strip(this.name),
				strip(this.address), strip(this.postalCode), strip(this.city).toUpperCase(Locale.ROOT),
				strip(this.email).toLowerCase(Locale.ROOT), strip(this.phone), strip(this.siret).replaceAll("\\s", ""),
				this.randomInitialPasswords);
	}

	private static String strip(String value) {
		return (value == null) ? "" : value.strip();
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public boolean isRandomInitialPasswords() {
		return this.randomInitialPasswords;
	}

	public void setRandomInitialPasswords(boolean randomInitialPasswords) {
		this.randomInitialPasswords = randomInitialPasswords;
	}

}
