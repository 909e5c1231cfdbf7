package org.trastienda.fulfillment.web;

import java.time.LocalDate;
import java.util.List;

import org.trastienda.fulfillment.ShipMode;
import org.trastienda.fulfillment.ShipmentData;
import org.trastienda.fulfillment.ShipmentLineData;

/** A new shipment as API clients send it. */
record ShipmentRequest(Long contractId, LocalDate shippedOn, String carrier, String trackingNumber, ShipMode shipMode,
		String notes, List<ShipmentLineData> lines) {

	ShipmentData toData() {
		return new ShipmentData(contractId, shippedOn, carrier, trackingNumber, shipMode, notes, lines);
	}
}
