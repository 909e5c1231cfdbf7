package org.trastienda.contracts;

/** An amendment waits for approval, then is applied (a new contract version) or rejected. */
public enum AmendmentStatus {
	PENDING_APPROVAL, APPROVED, REJECTED
}
