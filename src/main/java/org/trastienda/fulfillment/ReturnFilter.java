package org.trastienda.fulfillment;

import java.time.LocalDate;

/**
 * What a return list is narrowed to; null fields do not filter.
 *
 * @param q a fragment of the return, shipment or contract number or the party's name
 */
public record ReturnFilter(String q, ReturnStatus status, ReturnReason reason, Long contractId, Long shipmentId,
		LocalDate requestedFrom, LocalDate requestedTo) {

	public static ReturnFilter none() {
		return new ReturnFilter(null, null, null, null, null, null, null);
	}
}
