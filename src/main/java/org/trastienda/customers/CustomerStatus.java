package org.trastienda.customers;

/** A customer is archived, never deleted, once it has history. */
public enum CustomerStatus {
	ACTIVE, BLOCKED, ARCHIVED
}
