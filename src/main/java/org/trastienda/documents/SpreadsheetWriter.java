package org.trastienda.documents;

import java.util.List;

/**
 * Writes a spreadsheet row by row as it streams out, so an export never holds all its rows.
 * Cells may be text, numbers, {@code LocalDate}, {@code LocalDateTime}, booleans, enums or null.
 */
public interface SpreadsheetWriter extends AutoCloseable {

	/** Adds a row under the header, its values in the header's order. */
	void row(List<?> values);

	/** Finishes the file; the target stream stays open (its owner closes it). */
	@Override
	void close();
}
