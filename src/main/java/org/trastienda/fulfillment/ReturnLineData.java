package org.trastienda.fulfillment;

import java.math.BigDecimal;

/** A quantity of a shipment line coming back. */
public record ReturnLineData(Long shipmentLineId, BigDecimal quantity) {
}
