package org.trastienda.fulfillment;

import java.math.BigDecimal;

/** A quantity of a contract line that came back with a return. */
public record ReturnedLine(Long contractLineId, BigDecimal quantity) {
}
