package org.trastienda.documents;

/**
 * Keeps spreadsheet programs from running text as a formula (CSV injection): text written to a
 * CSV that starts like a formula gets a leading apostrophe, which reading takes off again, so a
 * CSV file goes out and comes back unchanged.
 */
final class FormulaGuard {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private FormulaGuard() {
	}

	static String protect(String text) {
		return looksLikeFormula(text, 0) ? "'" + text : text;
	}

	static String unprotect(String text) {
		return text.startsWith("'") && looksLikeFormula(text, 1) ? text.substring(1) : text;
	}

	private static boolean looksLikeFormula(String text, int at) {
		return text.length() > at && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
	}
}
