package org.trastienda.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trastienda.documents.ImportColumns;

import static org.assertj.core.api.Assertions.assertThat;

class ProductColumnsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "sku, SKU", "SKU, SKU", "referencia, SKU", "nombre, NAME", "name, NAME", "descripcion, DESCRIPTION",
			"Descripción, DESCRIPTION", "categoria, CATEGORY", "Categoría, CATEGORY", "unidad, UNIT", "unit, UNIT",
			"precio, LIST_PRICE", "listPrice, LIST_PRICE", "Precio de tarifa, LIST_PRICE", "iva, VAT_RATE",
			"IVA, VAT_RATE", "vatRate, VAT_RATE", "activo, ACTIVE", "active, ACTIVE" })
	void mapsApiPathsAndSpanishNames(String header, ProductField field) {
		assertThat(column(header).field()).isEqualTo(field);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "unit, UNIT", "u., UNIT", "Unidades, UNIT", "kg, KG", "Kilos, KG", "m², M2", "M2, M2",
			"metros cúbicos, M3", "m³, M3", "h, H", "horas, H", "día, DAY", "caja, BOX", "palé, PALLET", "millar, THOUSAND",
			"THOUSAND, THOUSAND" })
	void readsUnitsByCodeLabelOrName(String cell, ProductUnit unit) {
		assertThat(column("unidad").reader().read(cell)).isEqualTo(unit);
	}

	@Test
	void readsPricesAndRatesWithADecimalComma() {
		assertThat(column("precio").reader().read("1.234,0125")).isEqualTo(new BigDecimal("1234.0125"));
		assertThat(column("iva").reader().read("21 %")).isEqualTo(new BigDecimal("21"));
	}

	@Test
	void matchesProductsOnTheNormalisedSkuAndSkipsExportOnlyColumns() {
		ImportColumns.Mapping<ProductField> mapping = ProductColumns.COLUMNS
			.map(List.of("id", "version", "sku", "nombre", "color"));

		assertThat(mapping.columns()).containsOnlyKeys("sku", "nombre");
		assertThat(mapping.unknown()).containsExactly("color");
		assertThat(ProductColumns.COLUMNS.key().field()).isEqualTo(ProductField.SKU);
		assertThat(ProductColumns.COLUMNS.keyOf(" tor-m8 ")).isEqualTo("TOR-M8");
	}

	private static ImportColumns.Column<ProductField> column(String header) {
		return ProductColumns.COLUMNS.map(List.of(header)).columns().get(header);
	}
}
