package org.trastienda.documents;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellReaderTests {

	@ParameterizedTest
	@ValueSource(strings = { "1500.50", "1500,50", "1.500,50", "1,500.50", "1 500,50 €" })
	void readsAmountsWithADecimalCommaOrPoint(String cell) {
		assertThat(CellReader.decimal().read(cell)).isEqualTo(new BigDecimal("1500.50"));
	}

	@Test
	void readsPercentagesAsTheirNumber() {
		assertThat(CellReader.decimal().read("21 %")).isEqualTo(new BigDecimal("21"));
		assertThat(CellReader.decimal().read("10,5%")).isEqualTo(new BigDecimal("10.5"));
	}

	@ParameterizedTest
	@CsvSource({ "sí, true", "SI, true", "x, true", "1, true", "true, true", "no, false", "0, false", "falso, false" })
	void readsYesAndNo(String cell, boolean value) {
		assertThat(CellReader.yesNo().read(cell)).isEqualTo(value);
	}

	@Test
	void readsAnEmptyCellAsAbsentAndAnEmptyFlagAsNo() {
		assertThat(CellReader.text().read("")).isNull();
		assertThat(CellReader.wholeNumber().read("")).isNull();
		assertThat(CellReader.decimal().read("")).isNull();
		assertThat(CellReader.choice(Map.of("A", 1)).read("")).isNull();
		assertThat(CellReader.yesNo().read("")).isEqualTo(false);
	}

	@Test
	void readsWholeNumbersAlsoWrittenAsDecimals() {
		assertThat(CellReader.wholeNumber().read("30")).isEqualTo(30);
		assertThat(CellReader.wholeNumber().read("60.0")).isEqualTo(60);
	}

	@Test
	void matchesChoicesWithoutCaseAccentsOrSuperscripts() {
		CellReader units = CellReader.choice(Map.of("m2", "SQUARE_METRE", "día", "DAY"));

		assertThat(units.read("m²")).isEqualTo("SQUARE_METRE");
		assertThat(units.read("M2")).isEqualTo("SQUARE_METRE");
		assertThat(units.read("DIA")).isEqualTo("DAY");
		assertThat(units.read("Día")).isEqualTo("DAY");
	}

	@Test
	void namesTheMessageForWhatItCannotRead() {
		assertThatThrownBy(() -> CellReader.wholeNumber().read("30.5"))
			.isInstanceOfSatisfying(CellReader.Unreadable.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("documents.import.notAWholeNumber"));
		assertThatThrownBy(() -> CellReader.decimal().read("mucho"))
			.isInstanceOfSatisfying(CellReader.Unreadable.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("documents.import.notANumber"));
		assertThatThrownBy(() -> CellReader.choice(Map.of("CLIENTE", 1)).read("cliente potencial"))
			.isInstanceOfSatisfying(CellReader.Unreadable.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("documents.import.badChoice"));
		assertThatThrownBy(() -> CellReader.yesNo().read("quizá"))
			.isInstanceOfSatisfying(CellReader.Unreadable.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("documents.import.badChoice"));
	}
}
