package org.trastienda.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A stock-keeping unit: the product's code, unique in the catalogue. Stored upper-case without
 * surrounding blanks, of letters A–Z, digits, dots, dashes and underscores, at most {@value #MAX_LENGTH} long.
 */
final class Sku {

	static final int MAX_LENGTH = 40;

	private static final Pattern VALID = Pattern.compile("[A-Z0-9._-]{1," + MAX_LENGTH + "}");

	private Sku() {
	}

	/** The SKU as stored: {@code " ab-12.x "} → {@code AB-12.X}; null or blank → null. */
	static String normalize(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return raw.strip().toUpperCase(Locale.ROOT);
	}

	/** Whether a normalised SKU has only the allowed characters and length. */
	static boolean isValid(String normalized) {
		return normalized != null && VALID.matcher(normalized).matches();
	}
}
