package org.trastienda.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trastienda.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class ProductRulesTests {

	private static final VatRates.Table RATES = new VatRates.Table(List.of(new VatRate(new BigDecimal("21"), "GENERAL"),
			new VatRate(new BigDecimal("10"), "REDUCED"), new VatRate(new BigDecimal("4"), "SUPER_REDUCED"),
			new VatRate(BigDecimal.ZERO, "EXEMPT")), new BigDecimal("21"));

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.0125", "12.5", "12.3456", "12.34560000", "999999999999999.9999" })
	void acceptsPricesOfAtLeastZeroWithUpToFourDecimals(String price) {
		assertThat(errorsOf(product("X-1", new BigDecimal(price)))).isEmpty();
	}

	@Test
	void refusesAFifthDecimal() {
		assertThat(errorsOf(product("X-1", new BigDecimal("0.01255"))))
			.singleElement()
			.satisfies(error -> {
				assertThat(error.field()).isEqualTo("listPrice");
				assertThat(error.messageKey()).isEqualTo("catalog.error.price.decimals");
				assertThat(error.arguments()).last().isEqualTo(4);
			});
	}

	@Test
	void refusesNegativeAndHugePricesAndAMissingOne() {
		assertThat(errorsOf(product("X-1", new BigDecimal("-0.01")))).extracting(FieldError::messageKey)
			.containsExactly("catalog.error.price.negative");
		assertThat(errorsOf(product("X-1", new BigDecimal("1000000000000000")))).extracting(FieldError::messageKey)
			.containsExactly("catalog.error.price.tooLarge");
		assertThat(errorsOf(product("X-1", null))).extracting(FieldError::messageKey)
			.containsExactly("catalog.error.required");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "12.5000, 12.50", "0.01250, 0.0125", "1000, 1000.00", "7.1, 7.10", "0, 0.00", "3.14159, 3.14159" })
	void showsPricesWithTwoToFourDecimals(BigDecimal stored, String shown) {
		assertThat(ProductRules.listPrice(stored).toPlainString()).isEqualTo(shown);
	}

	@Test
	void aNewProductIsAUnitAtTheGeneralRateAndActive() {
		ProductData completed = ProductRules.complete(
				new ProductData(" x-1 ", " Tornillo ", "  ", null, null, new BigDecimal("1.5000"), null, null), null,
				RATES);

		assertThat(completed).isEqualTo(new ProductData("X-1", "Tornillo", null, null, ProductUnit.UNIT,
				new BigDecimal("1.50"), new BigDecimal("21"), true));
	}

	@Test
	void anUpdateKeepsTheUnitRateAndFlagItDoesNotName() {
		ProductData current = new ProductData("X-1", "Tornillo", null, "Tornillería", ProductUnit.BOX,
				new BigDecimal("1.50"), new BigDecimal("10"), false);

		ProductData completed = ProductRules.complete(
				new ProductData("X-1", "Tornillo M8", null, null, null, new BigDecimal("2"), null, null), current, RATES);

		assertThat(completed.unit()).isEqualTo(ProductUnit.BOX);
		assertThat(completed.vatRate()).isEqualTo(new BigDecimal("10"));
		assertThat(completed.active()).isFalse();
		assertThat(completed.category()).isNull();
	}

	@Test
	void takesAVatRateOnlyFromTheCatalogue() {
		ProductData written = ProductRules.complete(new ProductData("X-1", "T", null, null, null, BigDecimal.ONE,
				new BigDecimal("4.00"), null), null, RATES);
		assertThat(written.vatRate()).isEqualTo(new BigDecimal("4"));

		ProductData unknown = ProductRules.complete(new ProductData("X-1", "T", null, null, null, BigDecimal.ONE,
				new BigDecimal("16"), null), null, RATES);
		assertThat(ProductRules.check(unknown, RATES)).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("vatRate");
			assertThat(error.arguments()).contains("16", "21, 10, 4, 0");
		});
	}

	@Test
	void namesEveryBadField() {
		ProductData bad = ProductRules.complete(new ProductData("TOR M8", null, "d".repeat(2001), "c".repeat(81),
				null, new BigDecimal("-1"), null, null), null, RATES);

		assertThat(ProductRules.check(bad, RATES)).extracting(FieldError::field)
			.containsExactly("sku", "name", "description", "category", "listPrice");
	}

	private static List<FieldError> errorsOf(ProductData input) {
		return ProductRules.check(ProductRules.complete(input, null, RATES), RATES);
	}

	private static ProductData product(String sku, BigDecimal price) {
		return new ProductData(sku, "Producto", null, null, ProductUnit.KG, price, new BigDecimal("21"), true);
	}
}
