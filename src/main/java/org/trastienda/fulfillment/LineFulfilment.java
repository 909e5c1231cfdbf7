package org.trastienda.fulfillment;

import java.math.BigDecimal;

/**
 * How far one contract line has been fulfilled, in the line's unit (3 decimals).
 *
 * @param contracted the line's quantity as the contract stands
 * @param shipped on shipments (receipts) that have left: shipped, in transit, delivered or held up
 * @param delivered on delivered shipments (received receipts)
 * @param returned on returns whose goods came back (received or closed)
 */
public record LineFulfilment(Long contractLineId, BigDecimal contracted, BigDecimal shipped, BigDecimal delivered,
		BigDecimal returned) {
}
