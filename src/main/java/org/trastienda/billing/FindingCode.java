package org.trastienda.billing;

/**
 * What the pre-check can find in a draft. Price and quantity findings are commercial and may be
 * overridden through the four-eyes engine; type and billing-data findings are legal requirements and
 * may not; credit and duplicate findings are warnings.
 */
public enum FindingCode {
	TYPE_MISMATCH(Severity.BLOCKING, false),
	PRICE_MISMATCH(Severity.BLOCKING, true),
	QUANTITY_EXCEEDS_DELIVERED(Severity.BLOCKING, true),
	MISSING_BILLING_DATA(Severity.BLOCKING, false),
	CREDIT_LIMIT_EXCEEDED(Severity.WARNING, false),
	DUPLICATE_SUSPECTED(Severity.WARNING, false);

	private final Severity severity;

	private final boolean overridable;

	FindingCode(Severity severity, boolean overridable) {
		this.severity = severity;
		this.overridable = overridable;
	}

	public Severity severity() {
		return severity;
	}

	/** Whether an approved override lets the invoice be issued despite this finding. */
	public boolean overridable() {
		return overridable;
	}
}
