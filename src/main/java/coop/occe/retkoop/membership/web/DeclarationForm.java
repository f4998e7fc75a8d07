package coop.occe.retkoop.membership.web;

import java.util.Optional;

import coop.occe.retkoop.membership.internal.Adhesion;
import coop.occe.retkoop.shared.Money;

import org.springframework.validation.Errors;

/**
 * The declared values under the fees: goods, instruments, the review, the voluntary
 * participation. Amounts are typed the French way ("1 234,50").
 */
public class DeclarationForm {

	private String propertyValue = "0,00";

	private String instrumentValue = "0,00";

	private boolean review;

	private String voluntary = "0,00";

	static DeclarationForm of(Adhesion adhesion) {
		DeclarationForm form = new DeclarationForm();
		form.propertyValue = adhesion.propertyValue().formatNumber();
		form.instrumentValue = adhesion.instrumentValue().formatNumber();
		form.review = adhesion.reviewSubscribed();
		form.voluntary = adhesion.voluntary().formatNumber();
		return form;
	}

	record Declaration(Money property, Money instruments, boolean review, Money voluntary) {

	}

	Optional<Declaration> check(Errors errors) {
		Money property = amount(this.propertyValue, "propertyValue", errors);
		Money instruments = amount(this.instrumentValue, "instrumentValue", errors);
		Money voluntaryAmount = amount(this.voluntary, "voluntary", errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new Declaration(property, instruments, this.review, voluntaryAmount));
	}

	static Money amount(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return Money.ZERO;
		}
		Optional<Money> parsed = Money.parse(typed);
		if (parsed.isEmpty()) {
			errors.rejectValue(field, "membership.amount.invalid");
			return null;
		}
		if (parsed.get().isNegative()) {
			errors.rejectValue(field, "membership.amount.negative");
			return null;
		}
		if (parsed.get().cents() > 100_000_000_00L) {
			errors.rejectValue(field, "membership.amount.tooLarge");
			return null;
		}
		return parsed.get();
	}

	public String getPropertyValue() {
		return this.propertyValue;
	}

	public void setPropertyValue(String propertyValue) {
		this.propertyValue = propertyValue;
	}

	public String getInstrumentValue() {
		return this.instrumentValue;
	}

	public void setInstrumentValue(String instrumentValue) {
		this.instrumentValue = instrumentValue;
	}

	public boolean isReview() {
		return this.review;
	}

	public void setReview(boolean review) {
		this.review = review;
	}

	public String getVoluntary() {
		return this.voluntary;
	}

	public void setVoluntary(String voluntary) {
		this.voluntary = voluntary;
	}

}
