package coop.occe.retkoop.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiantTests {

	@ParameterizedTest
	@ValueSource(strings = { "046-0410", "0460410", "046 0410", " 046-0410 ", "046  0410", "046_0410" })
	void readsTheWaysPeopleTypeTheSeedIdentifiant(String typed) {
		assertThat(Identifiant.parse(typed)).contains(new Identifiant("046", "0410"));
		assertThat(Identifiant.normalizeLogin(typed)).isEqualTo("046-0410");
	}

	@Test
	void acceptsCorsicanAssociations() {
		assertThat(Identifiant.parse("02a-0101")).contains(new Identifiant("02A", "0101"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "046-410", "46-0410", "046-04100", "coop0410", "", "046-04a0" })
	void refusesWhatIsNotAnIdentifiant(String typed) {
		assertThat(Identifiant.parse(typed)).isEmpty();
	}

	@Test
	void emailsAreLoginsInLowerCase() {
		assertThat(Identifiant.normalizeLogin(" Isabelle.Granier@OCCE.coop ")).isEqualTo("isabelle.granier@occe.coop");
	}

	@Test
	void theSeedsInitialPasswordIsCoopAndTheNumber() {
		assertThat(new Identifiant("046", "0410").defaultInitialPassword()).isEqualTo("coop0410");
	}

}
