package org.trastienda.fulfillment;

/**
 * REQUESTED → VERIFIED (the contract's sales rep confirms reason and quantities) → RECEIVED (the
 * goods are back) → CLOSED; or REJECTED with a reason, while requested or verified.
 */
public enum ReturnStatus {
	REQUESTED, VERIFIED, RECEIVED, CLOSED, REJECTED;

	/** Whether the goods came back (they count as returned). */
	public boolean isBack() {
		return this == RECEIVED || this == CLOSED;
	}
}
