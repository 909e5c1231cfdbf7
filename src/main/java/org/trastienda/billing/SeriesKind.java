package org.trastienda.billing;

/** What a series numbers: full invoices, simplified ones, or rectifying invoices (their own series by law). */
public enum SeriesKind {
	ORDINARY, SIMPLIFIED, RECTIFYING
}
