package org.trastienda.documents;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Reads and writes the spreadsheets people exchange with the back office: CSV (UTF-8, comma or
 * semicolon) and XLSX. Reading tells the two apart by content, never by file name; both formats
 * give the same text for the same value, so a file can be exported, edited and imported again.
 */
@Service
public class Spreadsheets {

	private static final List<String> XLSX_CONTAINERS = List.of("application/x-tika-ooxml", "application/zip");

	private static final String TEXT = "text/plain";

	/**
	 * Reads the first sheet of an XLSX, or a CSV, handing each row under the header to the consumer
	 * as it is read.
	 *
	 * @throws InvalidInputException on field {@code file} when the content is not a readable CSV or
	 * XLSX, or has no header row
	 */
	public void read(InputStream content, Consumer<SpreadsheetRow> rows) {
		HeaderedRows headered = new HeaderedRows(rows);
		try {
			BufferedInputStream in = new BufferedInputStream(content);
			if (!isEmpty(in)) {
				String type = ContentTypes.magic(in);
				if (XLSX_CONTAINERS.contains(type)) {
					XlsxReader.read(in, headered);
				}
				else if (type.equals(TEXT)) {
					readCsv(in, headered);
				}
				else {
					throw new InvalidInputException(new FieldError("file", "documents.spreadsheet.unsupported", type));
				}
			}
		}
		catch (CharacterCodingException notUtf8) {
			throw new InvalidInputException(new FieldError("file", "documents.spreadsheet.notUtf8"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		headered.finish();
	}

	/** Every row under the header; for files small enough to hold (use {@link #read(InputStream, Consumer)} otherwise). */
	public List<SpreadsheetRow> readAll(InputStream content) {
		List<SpreadsheetRow> rows = new ArrayList<>();
		read(content, rows::add);
		return rows;
	}

	/** Starts a spreadsheet on the stream with its header row; close the writer to finish the file. */
	public SpreadsheetWriter writer(SpreadsheetFormat format, OutputStream out, List<String> headers) {
		return switch (format) {
			case CSV -> new CsvSheetWriter(out, headers);
			case XLSX -> new XlsxSheetWriter(out, headers);
		};
	}

	/** Writes a whole spreadsheet, taking the rows from the stream one at a time. */
	public void write(SpreadsheetFormat format, OutputStream out, List<String> headers, Stream<? extends List<?>> rows) {
		try (SpreadsheetWriter writer = writer(format, out, headers)) {
			rows.forEachOrdered(writer::row);
		}
	}

	private static boolean isEmpty(BufferedInputStream in) throws IOException {
		in.mark(1);
		boolean empty = in.read() == -1;
		in.reset();
		return empty;
	}

	private static void readCsv(InputStream in, HeaderedRows rows) throws IOException {
		var strictUtf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CsvReader csv = new CsvReader(new BufferedReader(new InputStreamReader(in, strictUtf8)));
		for (List<String> record = csv.next(); record != null; record = csv.next()) {
			rows.record(csv.recordNumber(), record);
		}
	}
}
