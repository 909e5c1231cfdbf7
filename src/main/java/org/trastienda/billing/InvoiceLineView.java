package org.trastienda.billing;

import java.math.BigDecimal;

/**
 * One invoice line as the API shows it.
 *
 * @param contractLineId the contract line invoiced, or null for a free line
 * @param reason why a free line is there (null on contract lines)
 */
public record InvoiceLineView(Long id, Long contractLineId, String description, BigDecimal quantity,
		BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal vatRate, BigDecimal netAmount, String reason) {
}
