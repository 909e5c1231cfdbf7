package org.trastienda.fulfillment;

import java.math.BigDecimal;

/** A quantity of a contract line (in the line's unit, up to 3 decimals). */
public record ShipmentLineData(Long contractLineId, BigDecimal quantity) {
}
