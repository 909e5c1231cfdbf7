package org.trastienda.fulfillment;

import java.util.Map;
import java.util.Set;

/**
 * Where a shipment (or receipt) is, as logistics reports it: PREPARED → SHIPPED → IN_TRANSIT →
 * DELIVERED, or EXCEPTION (held up, damaged, lost: with a note) from any state on the way, from
 * which it may go on in transit or be delivered. A shipment may be delivered straight from SHIPPED;
 * DELIVERED is final.
 */
public enum ShipmentStatus {
	PREPARED, SHIPPED, IN_TRANSIT, DELIVERED, EXCEPTION;

	private static final Map<ShipmentStatus, Set<ShipmentStatus>> NEXT = Map.of(
			PREPARED, Set.of(SHIPPED, EXCEPTION),
			SHIPPED, Set.of(IN_TRANSIT, DELIVERED, EXCEPTION),
			IN_TRANSIT, Set.of(DELIVERED, EXCEPTION),
			EXCEPTION, Set.of(IN_TRANSIT, DELIVERED),
			DELIVERED, Set.of());

	/** Whether a shipment in this status may move to {@code next}. */
	public boolean mayBecome(ShipmentStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** Whether the goods have left (counted as shipped). */
	public boolean hasLeft() {
		return this != PREPARED;
	}
}
