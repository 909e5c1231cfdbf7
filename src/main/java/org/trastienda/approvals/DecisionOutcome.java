package org.trastienda.approvals;

/** What one person decided on a request. */
public enum DecisionOutcome {
	APPROVE, REJECT
}
