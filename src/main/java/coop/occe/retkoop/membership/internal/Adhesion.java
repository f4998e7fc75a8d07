package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.platform.Texts;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * The adhésion of one cooperative for one school year. Its state changes only through the
 * transition methods, which refuse what the current state does not allow.
 */
public record Adhesion(long id, long associationId, long cooperativeId, SchoolYear year, AdhesionState state,
		Money propertyValue, Money instrumentValue, boolean reviewSubscribed, Money voluntary, PaymentChoice payment,
		String returnReason, OffsetDateTime sentAt, OffsetDateTime validatedAt, String attestationReference) {

	static Adhesion draft(long associationId, long cooperativeId, SchoolYear year) {
		return draft(associationId, cooperativeId, year, Money.ZERO);
	}

	/**
	 * A new adhésion whose declared property value starts from the inventory's insured
	 * value.
	 */
	static Adhesion draft(long associationId, long cooperativeId, SchoolYear year, Money propertyValue) {
		return new Adhesion(0, associationId, cooperativeId, year, AdhesionState.DRAFT, propertyValue, Money.ZERO,
				false, Money.ZERO, PaymentChoice.NONE, null, null, null, null);
	}

	Adhesion withId(long newId) {
		return new Adhesion(newId, this.associationId, this.cooperativeId, this.year, this.state, this.propertyValue,
				this.instrumentValue, this.reviewSubscribed, this.voluntary, this.payment, this.returnReason,
				this.sentAt, this.validatedAt, this.attestationReference);
	}

	Adhesion withDeclarations(Money property, Money instruments, boolean review, Money voluntaryAmount) {
		requireEditable();
		return new Adhesion(this.id, this.associationId, this.cooperativeId, this.year, this.state, property,
				instruments, review, voluntaryAmount, this.payment, this.returnReason, this.sentAt, this.validatedAt,
				this.attestationReference);
	}

	Adhesion withPayment(PaymentChoice choice) {
		requireEditable();
		return new Adhesion(this.id, this.associationId, this.cooperativeId, this.year, this.state, this.propertyValue,
				this.instrumentValue, this.reviewSubscribed, this.voluntary, choice, this.returnReason, this.sentAt,
				this.validatedAt, this.attestationReference);
	}

	Adhesion sent(OffsetDateTime now) {
		requireEditable();
		return withState(AdhesionState.SENT, this.returnReason, now, null, null);
	}

	Adhesion validated(OffsetDateTime now, String reference) {
		if (this.state != AdhesionState.SENT) {
			throw new MembershipException("membership.error.notSent");
		}
		return withState(AdhesionState.VALIDATED, null, this.sentAt, now, reference);
	}

	Adhesion returned(String reason) {
		if (this.state != AdhesionState.SENT && this.state != AdhesionState.VALIDATED) {
			throw new MembershipException("membership.error.notSent");
		}
		return withState(AdhesionState.RETURNED, reason, this.sentAt, null, null);
	}

	/**
	 * A validated adhésion reopened by the AD for a reason: handed back to the mandataire
	 * like a sent-back adhésion, so that it can be corrected even after the adhésion
	 * dates; its attestation no longer holds.
	 */
	Adhesion reopened(String reason) {
		if (this.state != AdhesionState.VALIDATED) {
			throw new MembershipException("membership.error.notReopenable");
		}
		return withState(AdhesionState.RETURNED, reason, this.sentAt, null, null);
	}

	void requireEditable() {
		if (!this.state.editableByMandatary()) {
			throw new MembershipException("membership.error.locked");
		}
	}

	private Adhesion withState(AdhesionState newState, String reason, OffsetDateTime sent, OffsetDateTime validated,
			String reference) {
		return new Adhesion(this.id, this.associationId, this.cooperativeId, this.year, newState, this.propertyValue,
				this.instrumentValue, this.reviewSubscribed, this.voluntary, this.payment, reason, sent, validated,
				reference);
	}

	Map<String, Object> auditValues(Texts texts) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(texts.text("membership.audit.field.state"), this.state);
		values.put(texts.text("membership.audit.field.propertyValue"), this.propertyValue.format());
		values.put(texts.text("membership.audit.field.instrumentValue"), this.instrumentValue.format());
		values.put(texts.text("membership.audit.field.review"), this.reviewSubscribed);
		values.put(texts.text("membership.audit.field.voluntary"), this.voluntary.format());
		values.put(texts.text("membership.audit.field.payment"), this.payment);
		values.put(texts.text("membership.audit.field.returnReason"), this.returnReason);
		values.put(texts.text("membership.audit.field.attestationReference"), this.attestationReference);
		return values;
	}

}
