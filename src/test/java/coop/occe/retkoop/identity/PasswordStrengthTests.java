package coop.occe.retkoop.identity;

import coop.occe.retkoop.identity.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weak passwords the hostile test got accepted are refused, each with the reason.
 */
class PasswordStrengthTests {

	@Test
	void refusesTheWeakPasswordsOfTheHostileTestAndSaysWhy() {
		assertThat(PasswordPolicy.check("046-0410", "aaaaaaaaaa")).containsExactly("password.weak.repeat");
		assertThat(PasswordPolicy.check("046-0410", "          ")).containsExactly("password.weak.repeat");
		assertThat(PasswordPolicy.check("046-0410", "1234567890")).containsExactly("password.weak.common");
		assertThat(PasswordPolicy.check("046-0410", "azertyuiop")).containsExactly("password.weak.common");
		assertThat(PasswordPolicy.check("046-0410", "motdepasse")).containsExactly("password.weak.common");
	}

	@Test
	void refusesCommonFrenchPasswordsAndTheirSimpleVariants() {
		assertThat(PasswordPolicy.check("046-0410", "Marseille13")).containsExactly("password.weak.common");
		assertThat(PasswordPolicy.check("046-0410", "MotDePasse2026")).isNotEmpty();
		assertThat(PasswordPolicy.check("046-0410", "qsdfghjklm")).isNotEmpty();
		assertThat(PasswordPolicy.check("046-0410", "abcdefghijk")).isNotEmpty();
	}

	@Test
	void refusesAPasswordBeyondBcryptsLimit() {
		assertThat(PasswordPolicy.check("046-0410", "é".repeat(40))).containsExactly("password.tooLong");
		assertThat(PasswordPolicy.check("046-0410", "Grenouille-violette-" + "x".repeat(52))).isEmpty();
		assertThat(PasswordPolicy.check("046-0410", "Grenouille-violette-" + "x".repeat(53)))
			.containsExactly("password.tooLong");
	}

	@Test
	void acceptsPassphrasesAndThePasswordsTheOtherTestsUse() {
		for (String password : new String[] { "jardin-des-plantes", "un-vrai-mot-de-passe", "Grenouille-Violette-88",
				"Classe-voisine-2026", "cahier-de-bord-2026", "marie-curie-2026", "nouveau-secret-2026",
				"un-mot-de-demo-2025", "encore-un-autre-2026", "Les-jardins-de-Cahors", "Cahier-du-CE2-2026" }) {
			assertThat(PasswordPolicy.check("046-0410", password)).as(password).isEmpty();
		}
		assertThat(PasswordPolicy.check("ce2.julesferry@occe46.test", "demo-ce2-2025")).as("the demo teacher's")
			.isEmpty();
	}

}
