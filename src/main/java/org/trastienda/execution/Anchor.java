package org.trastienda.execution;

/** The contract date a template milestone's planned date is counted from; see {@link PlannedDates}. */
enum Anchor {
	SIGNED_ON, STARTS_ON, ENDS_ON, SPAN
}
