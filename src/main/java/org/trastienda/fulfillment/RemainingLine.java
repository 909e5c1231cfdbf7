package org.trastienda.fulfillment;

import java.math.BigDecimal;

/**
 * What a contract line may still ship.
 *
 * @param allowed the contracted quantity plus the contract's over-delivery tolerance
 * @param committed on every shipment of the line, prepared ones included
 * @param returned whose goods came back
 * @param remaining allowed − committed + returned, never below zero
 */
public record RemainingLine(Long contractLineId, int position, String description, String unit,
		BigDecimal contracted, BigDecimal allowed, BigDecimal committed, BigDecimal shipped, BigDecimal delivered,
		BigDecimal returned, BigDecimal remaining) {
}
