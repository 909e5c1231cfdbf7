package org.trastienda.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Turns the records of any format into rows under a header: the first non-blank record is the
 * header, blank records are skipped (their numbers still count), columns without a header are ignored.
 */
final class HeaderedRows {

	private final Consumer<SpreadsheetRow> rows;

	private List<String> headers;

	HeaderedRows(Consumer<SpreadsheetRow> rows) {
		this.rows = rows;
	}

	void record(int rowNumber, List<String> cells) {
		if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
			return;
		}
		if (headers == null) {
			headers = header(cells);
			return;
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int column = 0; column < headers.size(); column++) {
			String cell = column < cells.size() ? cells.get(column) : null;
			if (!headers.get(column).isEmpty()) {
				values.put(headers.get(column), cell == null ? "" : cell);
			}
		}
		rows.accept(new SpreadsheetRow(rowNumber, Collections.unmodifiableMap(values)));
	}

	/** Refuses a file that had no header at all. */
	void finish() {
		if (headers == null) {
			throw new InvalidInputException(new FieldError("file", "documents.spreadsheet.noHeader"));
		}
	}

	private static List<String> header(List<String> cells) {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String cell : cells) {
			String name = cell == null ? "" : cell.strip();
			if (!name.isEmpty() && !seen.add(name)) {
				throw new InvalidInputException(new FieldError("file", "documents.spreadsheet.duplicateHeader", name));
			}
			names.add(name);
		}
		return names;
	}
}
