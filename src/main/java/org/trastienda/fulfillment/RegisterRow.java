package org.trastienda.fulfillment;

import java.math.BigDecimal;

/**
 * One group of the shipments-and-returns register in one currency: what left on shipments dated
 * in the period, what came back on returns received in it, at the shipped net unit prices.
 *
 * @param key the group: a party, product, contract id, a reason code or a month ({@code 2026-03})
 * @param label how the group reads: the party's name, the product's description, the contract's number
 * @param shippedQuantity null when grouping by reason (goods leave without one)
 * @param returnRatePercent returned ÷ shipped quantity × 100 (by reason: ÷ all shipped); null without shipments
 */
public record RegisterRow(String key, String label, String currency, BigDecimal shippedQuantity,
		BigDecimal shippedValue, BigDecimal returnedQuantity, BigDecimal returnedValue, BigDecimal returnRatePercent) {
}
