package org.trastienda.fulfillment;

/** How the goods travel. */
public enum ShipMode {
	ROAD, SEA, AIR, RAIL, COURIER, PICKUP
}
