package org.trastienda.fulfillment;

import java.time.LocalDate;
import java.util.List;

/**
 * A return as a user registers it: of a delivered shipment, why (a text is required for OTHER),
 * the day the customer asked (today when absent), and what comes back.
 */
public record ReturnData(Long shipmentId, ReturnReason reason, String reasonText, LocalDate requestedOn,
		List<ReturnLineData> lines) {

	public ReturnData {
		lines = lines == null ? List.of()
				: lines.stream().map(line -> line == null ? new ReturnLineData(null, null) : line).toList();
	}
}
