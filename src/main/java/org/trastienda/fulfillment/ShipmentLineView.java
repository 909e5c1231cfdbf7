package org.trastienda.fulfillment;

import java.math.BigDecimal;

/**
 * One line of a shipment, with the contract line's terms as they were when it was made.
 *
 * @param unitNetPrice the contract line's unit price after discount (4 decimals)
 * @param value quantity × unit net price (cents, HALF_UP)
 * @param returned the quantity whose goods came back on returns
 * @param returnable what a new return may still take back: the quantity less every return not rejected
 */
public record ShipmentLineView(Long id, Long contractLineId, Long productId, String description, String unit,
		BigDecimal unitNetPrice, BigDecimal quantity, BigDecimal value, BigDecimal returned, BigDecimal returnable) {
}
