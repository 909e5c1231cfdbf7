package org.trastienda.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product of the catalogue.
 *
 * @param listPrice in euros, with 2 to 4 decimals
 * @param vatRate in percent, e.g. 21
 */
public record ProductView(Long id, long version, String sku, String name, String description, String category,
		ProductUnit unit, BigDecimal listPrice, BigDecimal vatRate, boolean active, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy) {
}
