package coop.occe.retkoop.directory.web;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.CooperativeType;
import coop.occe.retkoop.directory.internal.BankDetails;
import coop.occe.retkoop.directory.internal.CooperativeData;

/**
 * The cooperative form as typed; it keeps whatever was typed, valid or not.
 */
public class CooperativeForm {

	private String number = "";

	private String name = "";

	private String commune = "";

	private String uai = "";

	private String schoolEmail = "";

	private String address = "";

	private String postalCode = "";

	private CooperativeType type = CooperativeType.SCHOOL;

	private String mandataryName = "";

	private String mandataryEmail = "";

	private String bankName = "";

	private String iban = "";

	private String bic = "";

	private int version;

	static CooperativeForm of(CooperativeSummary coop) {
		CooperativeForm form = new CooperativeForm();
		form.number = coop.number();
		form.name = coop.name();
		form.commune = coop.commune();
		form.uai = coop.uai();
		form.schoolEmail = coop.schoolEmail();
		form.address = coop.address();
		form.postalCode = coop.postalCode();
		form.type = coop.type();
		form.mandataryName = coop.mandataryName();
		form.mandataryEmail = coop.mandataryEmail();
		form.bankName = coop.bankName();
		form.iban = BankDetails.formatIban(coop.iban());
		form.bic = coop.bic();
		form.version = coop.version();
		return form;
	}

	CooperativeData toData() {
		return new CooperativeData(this.number, this.name, this.commune, this.uai, this.schoolEmail, this.address,
				this.postalCode, this.type, this.mandataryName, this.mandataryEmail, this.bankName, this.iban, this.bic)
			.normalized();
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

	public String getCommune() {
		return this.commune;
	}

	public void setCommune(String commune) {
		this.commune = commune;
	}

	public String getUai() {
		return this.uai;
	}

	public void setUai(String uai) {
		this.uai = uai;
	}

	public String getSchoolEmail() {
		return this.schoolEmail;
	}

	public void setSchoolEmail(String schoolEmail) {
		this.schoolEmail = schoolEmail;
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

	public CooperativeType getType() {
		return this.type;
	}

	public void setType(CooperativeType type) {
		this.type = type;
	}

	public String getMandataryName() {
		return this.mandataryName;
	}

	public void setMandataryName(String mandataryName) {
		this.mandataryName = mandataryName;
	}

	public String getMandataryEmail() {
		return this.mandataryEmail;
	}

	public void setMandataryEmail(String mandataryEmail) {
		this.mandataryEmail = mandataryEmail;
	}

	public String getBankName() {
		return this.bankName;
	}

	public void setBankName(String bankName) {
		this.bankName = bankName;
	}

	public String getIban() {
		return this.iban;
	}

	public void setIban(String iban) {
		this.iban = iban;
	}

	public String getBic() {
		return this.bic;
	}

	public void setBic(String bic) {
		this.bic = bic;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
