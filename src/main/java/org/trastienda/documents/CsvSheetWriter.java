package org.trastienda.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (without it Excel reads accents as Windows-1252),
 * comma-separated, CRLF line ends, quotes only where a field needs them.
 */
final class CsvSheetWriter implements SpreadsheetWriter {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Writer out;

	CsvSheetWriter(OutputStream target, List<String> headers) {
		try {
			target.write(BYTE_ORDER_MARK);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
		row(headers);
	}

	@Override
	public void row(List<?> values) {
		try {
			for (int column = 0; column < values.size(); column++) {
				if (column > 0) {
					out.write(',');
				}
				out.write(field(values.get(column)));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String field(Object value) {
		String text = CellValues.text(value);
		if (!(value instanceof Number)) {
			text = FormulaGuard.protect(text);
		}
		boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
