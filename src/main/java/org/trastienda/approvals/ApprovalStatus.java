package org.trastienda.approvals;

/** Where an approval request stands: waiting for decisions, or closed one way or another. */
public enum ApprovalStatus {
	PENDING, APPROVED, REJECTED, WITHDRAWN
}
