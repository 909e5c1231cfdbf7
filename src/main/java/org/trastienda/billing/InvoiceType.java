package org.trastienda.billing;

/**
 * The invoice types of VERI*FACTU ({@code TipoFactura}): F1 full, F2 simplified, R1–R4 rectifying by
 * legal cause, R5 rectifying a simplified invoice.
 */
public enum InvoiceType {
	F1, F2, R1, R2, R3, R4, R5;

	public boolean isRectifying() {
		return this.name().startsWith("R");
	}

	/** The kind of series that numbers invoices of this type. */
	public SeriesKind seriesKind() {
		return switch (this) {
			case F1 -> SeriesKind.ORDINARY;
			case F2 -> SeriesKind.SIMPLIFIED;
			default -> SeriesKind.RECTIFYING;
		};
	}

	/** Whether the invoice names its recipient with tax id and address: every type but the simplified ones. */
	public boolean namesRecipient() {
		return this != F2 && this != R5;
	}
}
