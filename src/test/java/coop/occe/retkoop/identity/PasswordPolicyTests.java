package coop.occe.retkoop.identity;

import coop.occe.retkoop.identity.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsALongPersonalPassword() {
		assertThat(PasswordPolicy.check("046-0410", "jardin-des-plantes")).isEmpty();
	}

	@Test
	void refusesShortPasswordsTheIdentifiantAndCoopPasswords() {
		assertThat(PasswordPolicy.check("046-0410", "court")).containsExactly("password.tooShort");
		assertThat(PasswordPolicy.check("046-0410", "coop0410-bis")).containsExactly("password.startsWithCoop");
		assertThat(PasswordPolicy.check("046-0410", "COOP041012345")).containsExactly("password.startsWithCoop");
		assertThat(PasswordPolicy.check("isabelle@occe.test", "Isabelle@occe.test"))
			.containsExactly("password.sameAsLogin");
		assertThat(PasswordPolicy.check("046-0410", "0460410")).contains("password.tooShort", "password.sameAsLogin");
	}

}
