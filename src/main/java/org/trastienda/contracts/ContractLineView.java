package org.trastienda.contracts;

import java.math.BigDecimal;

/** One contract line with its computed net and VAT amounts (cents, HALF_UP). */
public record ContractLineView(Long id, Long productId, String description, BigDecimal quantity, String unit,
		BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal vatRate, BigDecimal netAmount,
		BigDecimal vatAmount) {
}
