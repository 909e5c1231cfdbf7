package org.trastienda.billing;

/** A blocking finding stops issuing (unless an approved override covers it); a warning only informs. */
public enum Severity {
	BLOCKING, WARNING
}
