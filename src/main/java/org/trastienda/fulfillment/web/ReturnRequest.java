package org.trastienda.fulfillment.web;

import java.time.LocalDate;
import java.util.List;

import org.trastienda.fulfillment.ReturnData;
import org.trastienda.fulfillment.ReturnLineData;
import org.trastienda.fulfillment.ReturnReason;

/** A new return as API clients send it. */
record ReturnRequest(Long shipmentId, ReturnReason reason, String reasonText, LocalDate requestedOn,
		List<ReturnLineData> lines) {

	ReturnData toData() {
		return new ReturnData(shipmentId, reason, reasonText, requestedOn, lines);
	}
}
