package coop.occe.retkoop.directory.internal;

import coop.occe.retkoop.platform.Texts;
import java.util.LinkedHashMap;
import java.util.Map;

import coop.occe.retkoop.directory.CooperativeType;

/**
 * What AD staff type about a cooperative, from the form or a CSV line, already trimmed.
 */
public record CooperativeData(String number, String name, String commune, String uai, String schoolEmail,
		String address, String postalCode, CooperativeType type, String mandataryName, String mandataryEmail,
		String bankName, String iban, String bic) {

	/** The same data in the canonical form it is stored in. */
	public CooperativeData normalized() {
		String normalizedUai = Uai.normalize(this.uai);
		String normalizedNumber = blankToEmpty(this.number);
		if (normalizedNumber.isEmpty() && Uai.isValid(normalizedUai)) {
			normalizedNumber = Uai.defaultCooperativeNumber(normalizedUai);
		}
		return new CooperativeData(normalizedNumber, blankToEmpty(this.name), blankToEmpty(this.commune).toUpperCase(),
				normalizedUai, blankToEmpty(this.schoolEmail).toLowerCase(), blankToEmpty(this.address),
				blankToEmpty(this.postalCode), (this.type != null) ? this.type : CooperativeType.SCHOOL,
				blankToEmpty(this.mandataryName), blankToEmpty(this.mandataryEmail).toLowerCase(),
				blankToEmpty(this.bankName), BankDetails.normalize(this.iban), BankDetails.normalize(this.bic));
	}

	/** Field name to value, for the audit trail's before/after. */
	public Map<String, Object> asMap(Texts texts) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(texts.text("directory.audit.field.number"), this.number);
		map.put(texts.text("directory.audit.field.name"), this.name);
		map.put(texts.text("directory.audit.field.commune"), this.commune);
		map.put(texts.text("directory.audit.field.uai"), this.uai);
		map.put(texts.text("directory.audit.field.schoolEmail"), this.schoolEmail);
		map.put(texts.text("directory.audit.field.address"), this.address);
		map.put(texts.text("directory.audit.field.postalCode"), this.postalCode);
		map.put(texts.text("directory.audit.field.type"), this.type);
		map.put(texts.text("directory.audit.field.mandatary"), this.mandataryName);
		map.put(texts.text("directory.audit.field.mandataryEmail"), this.mandataryEmail);
		map.put(texts.text("directory.audit.field.bank"), this.bankName);
		map.put(texts.text("directory.audit.field.iban"), this.iban);
		map.put(texts.text("directory.audit.field.bic"), this.bic);
		return map;
	}

	private static String blankToEmpty(String value) {
		return (value == null) ? "" : value.strip();
	}

}
