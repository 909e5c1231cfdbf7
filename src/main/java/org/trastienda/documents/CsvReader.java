package org.trastienda.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Reads RFC 4180 records: fields separated by the delimiter the header line uses most ({@code ,}
 * or {@code ;}, as Excel writes it in Spanish), quoted fields that may hold delimiters, doubled
 * quotes and line breaks, lines ending in CRLF or LF. A byte order mark before the header is skipped.
 */
final class CsvReader {

	private static final int HEADER_LOOKAHEAD = 1 << 16;

	private final Reader in;

	private final char delimiter;

	private int recordNumber;

	CsvReader(Reader reader) throws IOException {
		this.in = reader.markSupported() ? reader : new BufferedReader(reader);
		skipByteOrderMark();
		this.delimiter = headerDelimiter();
	}

	/** The number of the record {@link #next()} returned last, counting from 1 (the header). */
	int recordNumber() {
		return recordNumber;
	}

	/** The next record's fields, or null at the end of the input. */
	List<String> next() throws IOException {
		int c = in.read();
		if (c == -1) {
			return null;
		}
		recordNumber++;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStart = true;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new InvalidInputException(new FieldError("file", "documents.spreadsheet.unclosedQuote", recordNumber));
				}
				if (c == '"') {
					in.mark(1);
					if (in.read() != '"') {
						in.reset();
						quoted = false;
					}
					else {
						field.append('"');
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == -1 || c == '\n' || c == '\r') {
				if (c == '\r') {
					skipLineFeed();
				}
				fields.add(FormulaGuard.unprotect(field.toString()));
				return fields;
			}
			else if (c == delimiter) {
				fields.add(FormulaGuard.unprotect(field.toString()));
				field.setLength(0);
				fieldStart = true;
				c = in.read();
				continue;
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
			}
			else {
				field.append((char) c);
			}
			fieldStart = false;
			c = in.read();
		}
	}

	private void skipByteOrderMark() throws IOException {
		in.mark(1);
		if (in.read() != '\uFEFF') {
			in.reset();
		}
	}

	private void skipLineFeed() throws IOException {
		in.mark(1);
		if (in.read() != '\n') {
			in.reset();
		}
	}

	/** Counts both candidates outside quotes on the header line, then rewinds to its start. */
	private char headerDelimiter() throws IOException {
		in.mark(HEADER_LOOKAHEAD);
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int read = 0; read < HEADER_LOOKAHEAD; read++) {
			int c = in.read();
			if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
				break;
			}
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		in.reset();
		return semicolons > commas ? ';' : ',';
	}
}
