package org.trastienda.contracts;

import java.math.BigDecimal;

/**
 * One contract line as a user writes it: a product of the catalogue or free text. {@code id} names
 * the existing line it replaces (absent for a new line); {@code discountPercent} null means none.
 * Quantities carry up to 3 decimals, unit prices up to 4, discounts up to 3, VAT rates up to 2.
 */
public record ContractLineData(Long id, Long productId, String description, BigDecimal quantity, String unit,
		BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal vatRate) {

	static final ContractLineData EMPTY = new ContractLineData(null, null, null, null, null, null, null, null);
}
