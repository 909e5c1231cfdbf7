package org.trastienda.catalog;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.trastienda.audit.Changes;

/**
 * The fields a user writes on a product, named by their API paths: one list for the history's
 * field changes, the import's columns and the export's columns.
 */
enum ProductField {

	SKU("sku", ProductData::sku),
	NAME("name", ProductData::name),
	DESCRIPTION("description", ProductData::description),
	CATEGORY("category", ProductData::category),
	UNIT("unit", ProductData::unit),
	LIST_PRICE("listPrice", ProductData::listPrice),
	VAT_RATE("vatRate", ProductData::vatRate),
	ACTIVE("active", ProductData::active);

	private final String path;

	private final Function<ProductData, Object> getter;

	ProductField(String path, Function<ProductData, Object> getter) {
		this.path = path;
		this.getter = getter;
	}

	String path() {
		return path;
	}

	Object valueIn(ProductData data) {
		return getter.apply(data);
	}

	/** The value as files and the history write it: a unit by its code. */
	Object writtenIn(ProductData data) {
		Object value = valueIn(data);
		return value instanceof ProductUnit unit ? unit.code() : value;
	}

	static Map<ProductField, Object> valuesOf(ProductData data) {
		Map<ProductField, Object> values = new EnumMap<>(ProductField.class);
		for (ProductField field : values()) {
			values.put(field, field.valueIn(data));
		}
		return values;
	}

	static ProductData dataOf(Map<ProductField, Object> values) {
		return new ProductData((String) values.get(SKU), (String) values.get(NAME), (String) values.get(DESCRIPTION),
				(String) values.get(CATEGORY), (ProductUnit) values.get(UNIT), (BigDecimal) values.get(LIST_PRICE),
				(BigDecimal) values.get(VAT_RATE), (Boolean) values.get(ACTIVE));
	}

	/** What a user would write to get the product as it is. */
	static ProductData dataOf(ProductView product) {
		return new ProductData(product.sku(), product.name(), product.description(), product.category(),
				product.unit(), product.listPrice(), product.vatRate(), product.active());
	}

	/** The fields that differ between two states of a product, old and new value each. */
	static Changes between(ProductData before, ProductData after) {
		Changes changes = new Changes();
		for (ProductField field : values()) {
			changes.field(field.path, field.writtenIn(before), field.writtenIn(after));
		}
		return changes;
	}

	/** Every field of a new product. */
	static Changes created(ProductData data) {
		Changes changes = new Changes();
		for (ProductField field : values()) {
			changes.created(field.path, field.writtenIn(data));
		}
		return changes;
	}
}
