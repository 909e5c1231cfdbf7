package org.trastienda.fulfillment;

import java.time.LocalDate;

/**
 * A delivery status logistics reports: the new status, the day it happened (not in the future;
 * today when absent) and a note (required for EXCEPTION).
 */
public record StatusUpdate(ShipmentStatus status, LocalDate occurredOn, String note) {
}
