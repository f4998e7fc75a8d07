package coop.occe.retkoop.membership.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.validation.Errors;

/**
 * The AD's settings for one school year, as typed: amounts the French way, rates as
 * decimals ("0,00688"), dates as the browser's date field sends them.
 */
public class TariffsForm {

	private String opensOn;

	private String closesOn;

	private String adhesionPerPupil;

	private String adhesionPerAdult;

	private String insurancePerPupil;

	private String insurancePerAdult;

	private String propertyThreshold;

	private String propertyRate;

	private String instrumentThreshold;

	private String instrumentRate;

	private String reviewPrice;

	private boolean voluntaryOffered;

	private String federalShare;

	private boolean allowsImmediateDebit;

	private boolean allowsDecemberDebit;

	private boolean allowsCheque;

	private boolean allowsClickToSign;

	static TariffsForm of(Tariffs t) {
		TariffsForm f = new TariffsForm();
		f.opensOn = t.opensOn().toString();
		f.closesOn = t.closesOn().toString();
		f.adhesionPerPupil = t.adhesionPerPupil().formatNumber();
		f.adhesionPerAdult = t.adhesionPerAdult().formatNumber();
		f.insurancePerPupil = t.insurancePerPupil().formatNumber();
		f.insurancePerAdult = t.insurancePerAdult().formatNumber();
		f.propertyThreshold = t.propertyThreshold().formatNumber();
		f.propertyRate = t.propertyRate().stripTrailingZeros().toPlainString().replace('.', ',');
		f.instrumentThreshold = t.instrumentThreshold().formatNumber();
		f.instrumentRate = t.instrumentRate().stripTrailingZeros().toPlainString().replace('.', ',');
		f.reviewPrice = t.reviewPrice().formatNumber();
		f.voluntaryOffered = t.voluntaryOffered();
		f.federalShare = t.federalShare().formatNumber();
		f.allowsImmediateDebit = t.allowsImmediateDebit();
		f.allowsDecemberDebit = t.allowsDecemberDebit();
		f.allowsCheque = t.allowsCheque();
		f.allowsClickToSign = t.allowsClickToSign();
		return f;
	}

	Optional<Tariffs> check(long associationId, SchoolYear year, Errors errors) {
		LocalDate opens = date(this.opensOn, "opensOn", errors);
		LocalDate closes = date(this.closesOn, "closesOn", errors);
		if (opens != null && closes != null && closes.isBefore(opens)) {
			errors.rejectValue("closesOn", "membership.tariffs.closesBeforeOpens");
		}
		Money adhesionPupil = DeclarationForm.amount(this.adhesionPerPupil, "adhesionPerPupil", errors);
		Money adhesionAdult = DeclarationForm.amount(this.adhesionPerAdult, "adhesionPerAdult", errors);
		Money insurancePupil = DeclarationForm.amount(this.insurancePerPupil, "insurancePerPupil", errors);
		Money insuranceAdult = DeclarationForm.amount(this.insurancePerAdult, "insurancePerAdult", errors);
		Money propertyLimit = DeclarationForm.amount(this.propertyThreshold, "propertyThreshold", errors);
		BigDecimal propertyFactor = rate(this.propertyRate, "propertyRate", errors);
		Money instrumentLimit = DeclarationForm.amount(this.instrumentThreshold, "instrumentThreshold", errors);
		BigDecimal instrumentFactor = rate(this.instrumentRate, "instrumentRate", errors);
		Money review = DeclarationForm.amount(this.reviewPrice, "reviewPrice", errors);
		Money federal = DeclarationForm.amount(this.federalShare, "federalShare", errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new Tariffs(associationId, year, opens, closes, adhesionPupil, adhesionAdult, insurancePupil,
				insuranceAdult, propertyLimit, propertyFactor, instrumentLimit, instrumentFactor, review,
				this.voluntaryOffered, federal, this.allowsImmediateDebit, this.allowsDecemberDebit, this.allowsCheque,
				this.allowsClickToSign));
	}

	private static LocalDate date(String typed, String field, Errors errors) {
		try {
			return LocalDate.parse((typed != null) ? typed.strip() : "");
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "membership.tariffs.date.invalid");
			return null;
		}
	}

	private static BigDecimal rate(String typed, String field, Errors errors) {
		try {
			BigDecimal value = new BigDecimal(((typed != null) ? typed.strip() : "").replace(',', '.'));
			if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.scale() > 6) {
				errors.rejectValue(field, "membership.tariffs.rate.invalid");
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "membership.tariffs.rate.invalid");
			return null;
		}
	}

	// @formatter:off
	public String getOpensOn() { return this.opensOn; }
	public void setOpensOn(String v) { this.opensOn = v; }
	public String getClosesOn() { return this.closesOn; }
	public void setClosesOn(String v) { this.closesOn = v; }
	public String getAdhesionPerPupil() { return this.adhesionPerPupil; }
	public void setAdhesionPerPupil(String v) { this.adhesionPerPupil = v; }
	public String getAdhesionPerAdult() { return this.adhesionPerAdult; }
	public void setAdhesionPerAdult(String v) { this.adhesionPerAdult = v; }
	public String getInsurancePerPupil() { return this.insurancePerPupil; }
	public void setInsurancePerPupil(String v) { this.insurancePerPupil = v; }
	public String getInsurancePerAdult() { return this.insurancePerAdult; }
	public void setInsurancePerAdult(String v) { this.insurancePerAdult = v; }
	public String getPropertyThreshold() { return this.propertyThreshold; }
	public void setPropertyThreshold(String v) { this.propertyThreshold = v; }
	public String getPropertyRate() { return this.propertyRate; }
	public void setPropertyRate(String v) { this.propertyRate = v; }
	public String getInstrumentThreshold() { return this.instrumentThreshold; }
	public void setInstrumentThreshold(String v) { this.instrumentThreshold = v; }
	public String getInstrumentRate() { return this.instrumentRate; }
	public void setInstrumentRate(String v) { this.instrumentRate = v; }
	public String getReviewPrice() { return this.reviewPrice; }
	public void setReviewPrice(String v) { this.reviewPrice = v; }
	public boolean isVoluntaryOffered() { return this.voluntaryOffered; }
	public void setVoluntaryOffered(boolean v) { this.voluntaryOffered = v; }
	public String getFederalShare() { return this.federalShare; }
	public void setFederalShare(String v) { this.federalShare = v; }
	public boolean isAllowsImmediateDebit() { return this.allowsImmediateDebit; }
	public void setAllowsImmediateDebit(boolean v) { this.allowsImmediateDebit = v; }
	public boolean isAllowsDecemberDebit() { return this.allowsDecemberDebit; }
	public void setAllowsDecemberDebit(boolean v) { this.allowsDecemberDebit = v; }
	public boolean isAllowsCheque() { return this.allowsCheque; }
	public void setAllowsCheque(boolean v) { this.allowsCheque = v; }
	public boolean isAllowsClickToSign() { return this.allowsClickToSign; }
	public void setAllowsClickToSign(boolean v) { this.allowsClickToSign = v; }
	// @formatter:on

}
