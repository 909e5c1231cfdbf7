package org.trastienda.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trastienda.shared.TaxId.Check;

import static org.assertj.core.api.Assertions.assertThat;

class TaxIdTests {

	@Test
	void normalizesToUpperCaseWithoutSeparators() {
		assertThat(TaxId.normalize(" b-12.345 674 ")).isEqualTo("B12345674");
		assertThat(TaxId.normalize("x/1234567-l")).isEqualTo("X1234567L");
		assertThat(TaxId.normalize(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678Z", "00000000T", "99999999R", "12345678-z", "12.345.678 Z" })
	void acceptsDnisWithTheirLetter(String dni) {
		assertThat(TaxId.check("ES", dni)).isEqualTo(Check.VALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678A", "00000000R", "99999999T" })
	void refusesDnisWithTheWrongLetter(String dni) {
		assertThat(TaxId.check("ES", dni)).isEqualTo(Check.BAD_CHECK_CHARACTER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "X1234567L", "Y1234567X", "Z1234567R", "x-1234567-l" })
	void acceptsNiesWithTheirLetter(String nie) {
		assertThat(TaxId.check("ES", nie)).isEqualTo(Check.VALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "X1234567A", "Y1234567L", "Z1234567X" })
	void refusesNiesWithTheWrongLetter(String nie) {
		assertThat(TaxId.check("ES", nie)).isEqualTo(Check.BAD_CHECK_CHARACTER);
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({
			"A28015865, Telefónica S.A.",
			"A39000013, Banco Santander S.A.",
			"A15075062, Industria de Diseño Textil S.A.",
			"A48010615, Iberdrola S.A.",
			"A46103834, Mercadona S.A.",
			"A78374725, Repsol S.A.",
			"P2807900B, Ayuntamiento de Madrid",
			"Q2826000H, Agencia Estatal de Administración Tributaria",
			"Q2818014I, Universidad Complutense de Madrid",
			"B12345674, a limited company, digit control",
			"J1234567D, a civil partnership, letter control",
			"J12345674, a civil partnership, digit control",
			"N0032484H, a foreign entity, letter control" })
	void acceptsRealCifs(String cif, String holder) {
		assertThat(TaxId.check("ES", cif)).isEqualTo(Check.VALID);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({
			"A28015866, wrong control digit",
			"A2801586F, a company's CIF ends in a digit",
			"P28079002, a public body's CIF ends in a letter",
			"Q2826000A, wrong control letter",
			"B12345675, wrong control digit" })
	void refusesCifsWithTheWrongControl(String cif, String why) {
		assertThat(TaxId.check("ES", cif)).isEqualTo(Check.BAD_CHECK_CHARACTER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567Z", "123456789Z", "I2801586F", "X12345678L", "ESB12345674", "A280158", "HELLO" })
	void refusesWhatIsNoSpanishTaxId(String value) {
		assertThat(TaxId.check("ES", value)).isEqualTo(Check.BAD_FORMAT);
	}

	@Test
	void treatsAnAbsentCountryAsSpain() {
		assertThat(TaxId.check(null, "12345678Z")).isEqualTo(Check.VALID);
		assertThat(TaxId.check(null, "12345678A")).isEqualTo(Check.BAD_CHECK_CHARACTER);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({
			"DE, DE136695976",
			"FR, FR40303265045",
			"FR, FRK7399859412",
			"IT, IT00743110157",
			"NL, NL004495445B01",
			"AT, ATU13585627",
			"BE, BE 0403.170.701",
			"PT, PT501964843",
			"GR, EL094014201",
			"IE, IE6388047V",
			"IE, IE1234567WA",
			"IE, IE8Z49289F",
			"SE, SE556703748501",
			"PL, PL5260001246",
			"DK, DK13585628",
			"CZ, CZ25123891",
			"RO, RO18547290",
			"pt, pt 501 964 843" })
	void acceptsEuVatNumbersInTheirCountrysFormat(String country, String vat) {
		assertThat(TaxId.check(country, vat)).isEqualTo(Check.VALID);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({
			"DE, DE13669597",
			"DE, 136695976",
			"FR, FR4030326504",
			"FR, FRO0303265045",
			"NL, NL004495445B1",
			"AT, AT13585627",
			"GR, GR094014201",
			"IT, FR00743110157",
			"SE, SE556703748502",
			"BE, BE2403170701" })
	void refusesEuVatNumbersOutOfFormat(String country, String vat) {
		assertThat(TaxId.check(country, vat)).isEqualTo(Check.BAD_FORMAT);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "US, 12-3456789", "GB, GB123456789", "CH, CHE-123.456.789", "MX, XAXX010101000" })
	void acceptsAnyValueOutsideTheEu(String country, String taxId) {
		assertThat(TaxId.check(country, taxId)).isEqualTo(Check.VALID);
	}

	@ParameterizedTest
	@CsvSource(value = { "ES, ''", "DE, ' '", "US, '-'", "US, NULL" }, nullValues = "NULL")
	void requiresATaxIdEverywhere(String country, String taxId) {
		assertThat(TaxId.check(country, taxId)).isEqualTo(Check.MISSING);
	}

	@Test
	void knowsTheOtherEuCountries() {
		assertThat(TaxId.isOtherEuCountry("FR")).isTrue();
		assertThat(TaxId.isOtherEuCountry("gr")).isTrue();
		assertThat(TaxId.isOtherEuCountry("ES")).isFalse();
		assertThat(TaxId.isOtherEuCountry("GB")).isFalse();
	}
}
