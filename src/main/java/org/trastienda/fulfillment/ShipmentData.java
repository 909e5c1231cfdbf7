package org.trastienda.fulfillment;

import java.time.LocalDate;
import java.util.List;

/**
 * A shipment (or receipt) as a user writes it: of an active contract, the day it leaves (or is
 * expected), how it travels and what it carries. It starts PREPARED.
 */
public record ShipmentData(Long contractId, LocalDate shippedOn, String carrier, String trackingNumber,
		ShipMode shipMode, String notes, List<ShipmentLineData> lines) {

	public ShipmentData {
		lines = lines == null ? List.of()
				: lines.stream().map(line -> line == null ? new ShipmentLineData(null, null) : line).toList();
	}
}
