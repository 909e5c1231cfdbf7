package org.trastienda.reporting;

import java.math.BigDecimal;

/**
 * One figure against the same figure of the previous period: the difference, and the difference
 * as a percentage of the previous value (HALF_UP to one decimal, null when the previous value is
 * zero or either value is missing).
 */
public record FigureChange(BigDecimal current, BigDecimal previous) {

	public static FigureChange of(Number current, Number previous) {
		return new FigureChange(decimal(current), decimal(previous));
	}

	/** Current minus previous; null when either is missing (an execution rate without signed contracts). */
	public BigDecimal change() {
		return current == null || previous == null ? null : current.subtract(previous);
	}

	public BigDecimal changePercent() {
		BigDecimal change = change();
		return change == null ? null : ContractFigures.rate(change, previous);
	}

	private static BigDecimal decimal(Number value) {
		return value == null ? null : value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(value.longValue());
	}
}
