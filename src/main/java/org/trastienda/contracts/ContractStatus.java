package org.trastienda.contracts;

/** DRAFT → PENDING_APPROVAL → ACTIVE → COMPLETED; REJECTED goes back to the author; CANCELLED before execution. */
public enum ContractStatus {
	DRAFT, PENDING_APPROVAL, ACTIVE, COMPLETED, REJECTED, CANCELLED
}
