package org.trastienda.customers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportValuesTests {

	@ParameterizedTest
	@ValueSource(strings = { "1500.50", "1500,50", "1.500,50", "1,500.50", "1 500,50 €" })
	void readsAmountsWithADecimalCommaOrPoint(String cell) {
		assertThat(ImportValues.parse(CustomerField.CREDIT_LIMIT, cell)).isEqualTo(new BigDecimal("1500.50"));
	}

	@ParameterizedTest
	@CsvSource({ "cliente, CUSTOMER", "Distribuidor, DISTRIBUTOR", "SOCIO, PARTNER", "proveedor, SUPPLIER",
			"SUPPLIER, SUPPLIER" })
	void readsKindsInSpanishOrEnglish(String cell, CustomerKind kind) {
		assertThat(ImportValues.parse(CustomerField.KIND, cell)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "activo, ACTIVE", "Bloqueado, BLOCKED", "ARCHIVED, ARCHIVED" })
	void readsStatusesInSpanishOrEnglish(String cell, CustomerStatus status) {
		assertThat(ImportValues.parse(CustomerField.STATUS, cell)).isEqualTo(status);
	}

	@ParameterizedTest
	@CsvSource({ "sí, true", "SI, true", "x, true", "1, true", "true, true", "no, false", "0, false", "falso, false" })
	void readsYesAndNo(String cell, boolean value) {
		assertThat(ImportValues.parse(CustomerField.RECARGO_EQUIVALENCIA, cell)).isEqualTo(value);
	}

	@Test
	void readsAnEmptyCellAsAbsentAndAnEmptyFlagAsNo() {
		assertThat(ImportValues.parse(CustomerField.LEGAL_NAME, "  ")).isNull();
		assertThat(ImportValues.parse(CustomerField.PAYMENT_TERMS_DAYS, "")).isNull();
		assertThat(ImportValues.parse(CustomerField.RECARGO_EQUIVALENCIA, "")).isEqualTo(false);
	}

	@Test
	void readsWholeNumbersAlsoWrittenAsDecimals() {
		assertThat(ImportValues.parse(CustomerField.PAYMENT_TERMS_DAYS, "30")).isEqualTo(30);
		assertThat(ImportValues.parse(CustomerField.PAYMENT_TERMS_DAYS, "60.0")).isEqualTo(60);
	}

	@Test
	void namesTheMessageForWhatItCannotRead() {
		assertThatThrownBy(() -> ImportValues.parse(CustomerField.PAYMENT_TERMS_DAYS, "30.5"))
			.hasMessage("customers.import.notAWholeNumber");
		assertThatThrownBy(() -> ImportValues.parse(CustomerField.CREDIT_LIMIT, "mucho"))
			.hasMessage("customers.import.notANumber");
		assertThatThrownBy(() -> ImportValues.parse(CustomerField.KIND, "cliente potencial"))
			.hasMessage("customers.import.badChoice");
		assertThatThrownBy(() -> ImportValues.parse(CustomerField.RECARGO_EQUIVALENCIA, "quizá"))
			.hasMessage("customers.import.badChoice");
	}
}
