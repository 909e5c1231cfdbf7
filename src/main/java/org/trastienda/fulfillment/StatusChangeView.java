package org.trastienda.fulfillment;

import java.time.Instant;
import java.time.LocalDate;

/** One status a shipment has been in: when it happened, what was said, where the update came from and who recorded it. */
public record StatusChangeView(ShipmentStatus status, LocalDate occurredOn, String note, StatusSource source,
		String recordedBy, Instant recordedAt) {
}
