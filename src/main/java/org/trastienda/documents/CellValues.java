package org.trastienda.documents;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How a cell value reads as text, the same for every format: numbers in plain notation (no
 * exponent, no trailing {@code .0}), dates in ISO ({@code 2024-03-01}), booleans as {@code true}/{@code false}.
 */
final class CellValues {

	/** Excel shows fifteen significant digits; more would only show binary noise (0.30000000000000004). */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private CellValues() {
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return plainNumber(value.toString());
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

	/** A number as written in a file or by {@code Double.toString}, in plain notation. */
	static String plainNumber(String number) {
		return new BigDecimal(number.trim()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
	}
}
