package org.trastienda.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SkuTests {

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', value = { " tor-m8 | TOR-M8", "ab.12_x| AB.12_X", "PAL-1200x800 |PAL-1200X800", "x|X" })
	void isStoredUpperCaseWithoutSurroundingBlanks(String raw, String stored) {
		assertThat(Sku.normalize(raw)).isEqualTo(stored.strip());
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void aBlankSkuIsNone(String raw) {
		assertThat(Sku.normalize(raw)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "TOR-M8", "A", "0.5_KG", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_A" })
	void acceptsLettersDigitsDotsDashesAndUnderscores(String sku) {
		assertThat(Sku.isValid(sku)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "TOR M8", "TORNILLO/M8", "AÑO-1", "TOR,M8", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_AB" })
	void refusesSpacesSlashesAccentsAndMoreThanFortyCharacters(String sku) {
		assertThat(Sku.isValid(Sku.normalize(sku))).isFalse();
	}
}
