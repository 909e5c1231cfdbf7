package org.trastienda.billing;

/** Where an invoice is in its life: only a draft changes; an issued one is frozen, or cancelled in error. */
public enum InvoiceStatus {
	DRAFT, ISSUED, CANCELLED
}
