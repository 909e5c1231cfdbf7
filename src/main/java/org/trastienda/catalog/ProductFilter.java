package org.trastienda.catalog;

/**
 * What a product list shows; each null means any.
 *
 * @param q a fragment of the SKU, name, category or description
 * @param category the exact category, one of {@link Catalog#categories()}
 * @param active only active (true) or only inactive (false) products
 */
public record ProductFilter(String q, String category, Boolean active) {

	public static ProductFilter none() {
		return new ProductFilter(null, null, null);
	}
}
