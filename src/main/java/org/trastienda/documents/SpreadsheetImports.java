package org.trastienda.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.PayloadTooLargeException;

/**
 * Imports records from a CSV or XLSX file, all or nothing: every row is read and checked first and
 * every bad one reported; only a file without a bad row is written, all of it in the caller's
 * transaction, and a dry run writes nothing at all. A row whose key matches a stored record
 * updates it, so a target that leaves equal records alone makes importing a file twice change
 * nothing the second time. Rejections are worded in the caller's language.
 */
@Service
public class SpreadsheetImports {

	private static final int LOOKUP_CHUNK = 1000;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	private final long maxBytes;

	SpreadsheetImports(Spreadsheets spreadsheets, MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxSize) {
		this.spreadsheets = spreadsheets;
		this.messages = messages;
		this.maxBytes = maxSize.toBytes();
	}

	/**
	 * Reads, checks and (unless a dry run, and only when no row is bad) writes the file.
	 *
	 * @throws org.trastienda.shared.InvalidInputException on field {@code file} when it is no readable spreadsheet
	 * @throws PayloadTooLargeException when the file is larger than an upload may be
	 */
	public <F, P> ImportReport run(InputStream content, boolean dryRun, ImportTarget<F, P> target) {
		List<SpreadsheetRow> rows = spreadsheets.readAll(new Limited(content, maxBytes));
		if (rows.isEmpty()) {
			return new ImportReport(0, 0, 0, List.of());
		}
		ImportColumns<F> columns = target.columns();
		ImportColumns.Mapping<F> mapping = columns.map(rows.get(0).valuesByHeader().keySet());
		List<ImportRejection> rejected = new ArrayList<>();
		mapping.unknown().forEach(header -> rejected
			.add(rejection(1, new FieldError(header, "documents.import.unknownColumn", header))));
		mapping.repeated().forEach((header, column) -> rejected
			.add(rejection(1, new FieldError(header, "documents.import.repeatedColumn", header, column.path()))));

		List<ReadRow<F>> read = rows.stream().map(row -> read(row, mapping, columns)).toList();
		lookUp(read, target);
		Map<String, Integer> firstRowOfKey = new HashMap<>();
		List<P> writes = new ArrayList<>();
		int created = 0;
		int updated = 0;
		for (ReadRow<F> row : read) {
			PlannedRow<P> planned = target.plan(row.row());
			List<FieldError> errors = new ArrayList<>(planned.errors());
			errors.addAll(row.errors());
			String key = row.row().key();
			Integer firstRow = key == null ? null : firstRowOfKey.putIfAbsent(key, row.row().number());
			if (firstRow != null) {
				errors.add(new FieldError(columns.key().path(), "documents.import.duplicateInFile",
						columns.label(columns.key()), key, firstRow));
			}
			if (!errors.isEmpty() || planned.outcome() == PlannedRow.Outcome.REJECTED) {
				errors.forEach(error -> rejected.add(rejection(row.row().number(), error)));
				continue;
			}
			if (planned.outcome() != PlannedRow.Outcome.UNCHANGED) {
				writes.add(planned.write());
			}
			created += planned.outcome() == PlannedRow.Outcome.CREATE ? 1 : 0;
			updated += planned.outcome() == PlannedRow.Outcome.UPDATE ? 1 : 0;
		}
		ImportReport report = new ImportReport(rows.size(), created, updated, List.copyOf(rejected));
		if (!dryRun && report.accepted()) {
			target.write(writes);
		}
		return report;
	}

	/** A row's values, and the cells that could not be read. */
	private record ReadRow<F>(ImportRow<F> row, List<FieldError> errors) {
	}

	private static <F> ReadRow<F> read(SpreadsheetRow row, ImportColumns.Mapping<F> mapping, ImportColumns<F> columns) {
		Map<F, Object> values = new HashMap<>();
		List<FieldError> errors = new ArrayList<>();
		mapping.columns().forEach((header, column) -> {
			String cell = row.valuesByHeader().get(header);
			try {
				values.put(column.field(), column.reader().read(cell == null ? "" : cell.strip()));
			}
			catch (CellReader.Unreadable ex) {
				errors.add(new FieldError(column.path(), ex.messageKey(), columns.label(column), cell));
			}
		});
		String key = columns.keyOf(values.get(columns.key().field()));
		return new ReadRow<>(new ImportRow<>(row.rowNumber(), key, Collections.unmodifiableMap(values)), errors);
	}

	private static <F> void lookUp(List<ReadRow<F>> rows, ImportTarget<F, ?> target) {
		Set<String> keys = new LinkedHashSet<>();
		rows.forEach(row -> {
			if (row.row().key() != null) {
				keys.add(row.row().key());
			}
		});
		List<String> all = List.copyOf(keys);
		for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
			target.lookUp(all.subList(from, Math.min(from + LOOKUP_CHUNK, all.size())));
		}
	}

	private ImportRejection rejection(int row, FieldError error) {
		return new ImportRejection(row, error.field(),
				messages.getMessage(error.messageKey(), error.arguments().toArray(), LocaleContextHolder.getLocale()));
	}

	/** Refuses a file as soon as it grows past the upload limit, whatever size its sender declared. */
	private static final class Limited extends FilterInputStream {

		private final long limit;

		private long read;

		Limited(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		private void count(int bytes) {
			read += bytes;
			if (read > limit) {
				throw new PayloadTooLargeException();
			}
		}
	}
}
