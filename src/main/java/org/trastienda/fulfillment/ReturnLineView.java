package org.trastienda.fulfillment;

import java.math.BigDecimal;

/** A quantity of a shipment line coming back, with the shipped line's terms. */
public record ReturnLineView(Long id, Long shipmentLineId, Long contractLineId, String description, String unit,
		BigDecimal quantity, BigDecimal value) {
}
