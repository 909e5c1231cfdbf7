package org.trastienda.fulfillment;

import java.time.LocalDate;

/**
 * What a shipment list is narrowed to; null fields do not filter.
 *
 * @param q a fragment of the shipment number, tracking number, contract number or party name
 */
public record ShipmentFilter(String q, ShipmentKind kind, ShipmentStatus status, Long contractId, Long partyId,
		LocalDate shippedFrom, LocalDate shippedTo) {

	public static ShipmentFilter none() {
		return new ShipmentFilter(null, null, null, null, null, null, null);
	}

	public static ShipmentFilter ofContract(Long contractId) {
		return new ShipmentFilter(null, null, null, contractId, null, null, null);
	}
}
