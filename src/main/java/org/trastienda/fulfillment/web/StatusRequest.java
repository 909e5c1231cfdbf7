package org.trastienda.fulfillment.web;

import java.time.LocalDate;

import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.StatusUpdate;

/** A delivery status as API clients send it; {@code version}, when sent, must be the stored one. */
record StatusRequest(ShipmentStatus status, LocalDate occurredOn, String note, Long version) {

	StatusUpdate toUpdate() {
		return new StatusUpdate(status, occurredOn, note);
	}
}
