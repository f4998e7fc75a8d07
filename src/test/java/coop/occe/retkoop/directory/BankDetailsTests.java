package coop.occe.retkoop.directory;

import coop.occe.retkoop.directory.internal.BankDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BankDetailsTests {

	@Test
	void acceptsAValidFrenchIbanTypedWithSpaces() {
		String iban = BankDetails.normalize("fr76 2004 1010 1609 9999 9702 912");
		assertThat(iban).isEqualTo("FR7620041010160999999702912");
		assertThat(BankDetails.ibanProblem(iban)).isNull();
		assertThat(BankDetails.formatIban(iban)).isEqualTo("FR76 2004 1010 1609 9999 9702 912");
	}

	@Test
	void refusesAnIbanWithOneWrongDigitByItsMod97CheckDigits() {
		assertThat(BankDetails.ibanProblem("FR7620041010160999999702913")).isEqualTo("cooperative.iban.checkDigits");
	}

	@Test
	void refusesMalformedIbans() {
		assertThat(BankDetails.ibanProblem("FR76200410")).isEqualTo("cooperative.iban.format");
		assertThat(BankDetails.ibanProblem("XX7620041010160999999702912")).isNotNull();
	}

	@Test
	void checksBicFormat() {
		assertThat(BankDetails.isValidBic("PSSTFRPPTOU")).isTrue();
		assertThat(BankDetails.isValidBic("PSSTFRPP")).isTrue();
		assertThat(BankDetails.isValidBic("PSST")).isFalse();
	}

}
