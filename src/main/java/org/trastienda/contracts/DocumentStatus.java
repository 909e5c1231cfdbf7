package org.trastienda.contracts;

/** A required document is awaited, then received (its file attached), then sent to the party. */
public enum DocumentStatus {
	PENDING, RECEIVED, SENT
}
