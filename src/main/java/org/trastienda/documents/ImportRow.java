package org.trastienda.documents;

import java.util.Map;

/**
 * A data row of an imported file as its columns read: the row's number in the file (header = 1),
 * its key (see {@link ImportColumns#key()}, null when empty), and the value of every column the
 * file has, null for an empty cell. A cell that could not be read is missing from the values.
 */
public record ImportRow<F>(int number, String key, Map<F, Object> values) {

	/** Whether the file has the column and its cell could be read. */
	public boolean has(F field) {
		return values.containsKey(field);
	}

	/** The cell's value, or null. */
	public Object value(F field) {
		return values.get(field);
	}
}
