package org.trastienda.catalog.web;

import java.math.BigDecimal;

import org.trastienda.catalog.ProductData;
import org.trastienda.catalog.ProductUnit;

/**
 * A product as API clients send it; {@code version} is required on PUT.
 *
 * @param unit a unit code: unit, kg, g, t, m, m2, m3, l, h, day, box, pallet or thousand
 */
record ProductRequest(Long version, String sku, String name, String description, String category, String unit,
		BigDecimal listPrice, BigDecimal vatRate, Boolean active) {

	ProductData toData() {
		return new ProductData(sku, name, description, category, ProductUnit.fromCode(unit), listPrice, vatRate,
				active);
	}
}
