package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.membership.MembershipValidated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the mandatary that the adhésion is validated, once the validation is committed.
 * The event is kept in the event publication registry until this listener has queued the
 * mail, so neither a rollback nor a crash in between loses or invents a mail.
 */
@Component
class ValidationMail {

	private final Adhesions adhesions;

	ValidationMail(Adhesions adhesions) {
		this.adhesions = adhesions;
	}

	@ApplicationModuleListener
	void on(MembershipValidated validated) {
		this.adhesions.mailValidation(validated);
	}

}
