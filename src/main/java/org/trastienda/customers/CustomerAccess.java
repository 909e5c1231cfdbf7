package org.trastienda.customers;

/**
 * What the signed-in user may change on one customer: nothing, its billing data only (finance),
 * or everything including contacts, certificates, notes and attachments.
 */
public enum CustomerAccess {
	READ, BILLING, FULL;

	public boolean mayEdit() {
		return this != READ;
	}

	public boolean mayEditAll() {
		return this == FULL;
	}
}
