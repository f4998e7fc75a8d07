package coop.occe.retkoop.directory;

import coop.occe.retkoop.directory.internal.Uai;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UaiTests {

	@Test
	void checkLetterIsTheRestOfTheSevenDigitsDividedBy23() {
		assertThat(Uai.checkLetter("0750655")).isEqualTo('E');
		assertThat(Uai.isValid("0750655E")).isTrue();
		assertThat(Uai.isValid("0750655e")).isTrue();
		assertThat(Uai.isValid(" 0750655 E ")).isTrue();
	}

	@Test
	void theSeedsExampleSchoolHasCheckLetterW() {
		// ce.0460410n@ac-toulouse.fr in the letter is an example; the rule gives W for
		// 0460410.
		assertThat(Uai.checkLetter("0460410")).isEqualTo('W');
		assertThat(Uai.expectedLetterIfWrong("0460410N")).contains('W');
	}

	@Test
	void refusesWrongShapesAndLetters() {
		assertThat(Uai.isValid("0750655F")).isFalse();
		assertThat(Uai.isValid("075065E")).isFalse();
		assertThat(Uai.isValid("07506555")).isFalse();
		assertThat(Uai.isValid("")).isFalse();
	}

	@Test
	void lettersIAndOAndQAreNeverCheckLetters() {
		for (int n = 0; n < 23; n++) {
			char letter = Uai.checkLetter(String.format("%07d", n));
			assertThat(letter).isNotIn('I', 'O', 'Q');
		}
	}

	@Test
	void defaultCooperativeNumberIsTheLastFourOfTheSevenDigits() {
		assertThat(Uai.defaultCooperativeNumber("0460410W")).isEqualTo("0410");
	}

}
