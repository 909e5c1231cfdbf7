package org.trastienda.billing;

import java.math.BigDecimal;

/**
 * One invoice line as a user writes it: of a contract line (whose description, unit price, discount
 * and VAT rate are taken when left out) or free, with its description, price, rate and the reason.
 * Quantities carry up to 3 decimals, unit prices up to 4, discounts up to 3, VAT rates up to 2.
 */
public record InvoiceLineData(Long contractLineId, String description, BigDecimal quantity, BigDecimal unitPrice,
		BigDecimal discountPercent, BigDecimal vatRate, String reason) {
}
