package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rectifying invoice corrects. Null means: {@code type} R5 for a simplified original and R1
 * otherwise, {@code series} the default rectifying series, {@code lines} everything not yet rectified.
 *
 * @param reason why the original is corrected (printed on the rectifying invoice)
 */
public record RectificationData(InvoiceType type, String series, String reason, List<Line> lines) {

	/** A line of the original and how much of its quantity to take back (a positive number). */
	public record Line(Long lineId, BigDecimal quantity) {
	}
}
