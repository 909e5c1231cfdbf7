package org.trastienda.customers;

/** What the party is to us. */
public enum CustomerKind {
	CUSTOMER, DISTRIBUTOR, PARTNER, SUPPLIER
}
