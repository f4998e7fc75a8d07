package coop.occe.retkoop.identity.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes the reset link and queues its mail once the request is committed, in the
 * background: the page that asked answers in the same time whether the identifiant exists
 * or not.
 */
@Component
class PasswordResetMail {

	private final PasswordResets resets;

	PasswordResetMail(PasswordResets resets) {
		this.resets = resets;
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested request) {
		this.resets.sendLink(request.typedLogin());
	}

}
