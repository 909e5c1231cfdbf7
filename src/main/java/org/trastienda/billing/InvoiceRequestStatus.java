package org.trastienda.billing;

/** A request is REQUESTED, RESERVED by a clerk, INVOICED when its invoice is issued, or REJECTED with a reason. */
public enum InvoiceRequestStatus {
	REQUESTED, RESERVED, INVOICED, REJECTED
}
