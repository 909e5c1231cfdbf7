package org.trastienda.documents;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A checked export, ready to stream: its rows are read in one read-only transaction while the file
 * is written, so an export never holds the whole list. See {@link Downloads#send}.
 */
public final class SpreadsheetExport {

	/** Hands every row of the export, cells in the header's order, to the consumer. */
	@FunctionalInterface
	public interface Rows {

		void forEach(Consumer<List<?>> row);
	}

	private final Spreadsheets spreadsheets;

	private final TransactionTemplate readOnly;

	private final String filename;

	private final SpreadsheetFormat format;

	private final List<String> headers;

	private final Rows rows;

	SpreadsheetExport(Spreadsheets spreadsheets, TransactionTemplate readOnly, String filename,
			SpreadsheetFormat format, List<String> headers, Rows rows) {
		this.spreadsheets = spreadsheets;
		this.readOnly = readOnly;
		this.filename = filename;
		this.format = format;
		this.headers = List.copyOf(headers);
		this.rows = rows;
	}

	public SpreadsheetFormat format() {
		return format;
	}

	/** The name the file is offered under, e.g. {@code clientes-2024-03-01.csv}. */
	public String filename() {
		return filename;
	}

	/** Writes the file, reading the rows as it goes. */
	public void writeTo(OutputStream out) {
		readOnly.executeWithoutResult(status -> {
			try (SpreadsheetWriter writer = spreadsheets.writer(format, out, headers)) {
				rows.forEach(writer::row);
			}
		});
	}
}
