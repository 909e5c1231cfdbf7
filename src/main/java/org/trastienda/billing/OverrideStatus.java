package org.trastienda.billing;

/** Where a draft's request to be issued despite its findings stands in the four-eyes engine. */
enum OverrideStatus {
	NONE, PENDING, GRANTED, REJECTED
}
