package org.trastienda.outbox;

/** Where a message stands: waiting for (another) delivery attempt, delivered, or given up on. */
public enum OutboxStatus {
	PENDING, SENT, FAILED
}
