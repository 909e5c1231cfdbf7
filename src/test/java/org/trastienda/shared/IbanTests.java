package org.trastienda.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IbanTests {

	@ParameterizedTest
	@ValueSource(strings = { "ES9121000418450200051332", "es91 2100 0418 4502 0005 1332", "DE89370400440532013000",
			"GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300", "PT50000201231234567890154" })
	void acceptsIbansWithTheirChecksum(String iban) {
		assertThat(Iban.isValid(iban)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ES9121000418450200051333", "ES9021000418450200051332", "ES91210004184502000513",
			"DE89370400440532013001", "XX89370400440532013000", "ES91 2100 0418 4502 0005 133X", "12345" })
	void refusesIbansWithWrongChecksumLengthOrCountry(String iban) {
		assertThat(Iban.isValid(iban)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void refusesNoIban(String iban) {
		assertThat(Iban.isValid(iban)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "es91 2100-0418 4502 0005 1332" })
	void normalizesToUpperCaseWithoutSpaces(String iban) {
		assertThat(Iban.normalize(iban)).isEqualTo("ES9121000418450200051332");
	}
}
