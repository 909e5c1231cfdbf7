package org.trastienda.catalog;

import java.math.BigDecimal;

/**
 * A product as a user writes it. On an update, absent {@code unit}, {@code vatRate} and
 * {@code active} keep their values; a new product defaults to {@link ProductUnit#UNIT}, the general
 * VAT rate and active.
 *
 * @param listPrice in euros, at least 0, up to 4 decimals (goods priced per unit of little value need them)
 * @param vatRate in percent, one of {@link Catalog#vatRates()}
 */
public record ProductData(String sku, String name, String description, String category, ProductUnit unit,
		BigDecimal listPrice, BigDecimal vatRate, Boolean active) {
}
