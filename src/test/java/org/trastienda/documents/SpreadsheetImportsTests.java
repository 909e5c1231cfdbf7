package org.trastienda.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.PayloadTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The import flow every module shares, over an in-memory store of codes and names. */
class SpreadsheetImportsTests {

	private final SpreadsheetImports imports = new SpreadsheetImports(new Spreadsheets(), messages(),
			DataSize.ofMegabytes(1));

	private final Store store = new Store();

	@BeforeEach
	void inEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesNothingWhenAnyRowIsBadAndReportsEveryBadRow() {
		ImportReport report = imports.run(csv("code,name,count\nA1,Uno,1\nA2,,2\nA3,Tres,many\n"), false, store);

		assertThat(report.rows()).isEqualTo(3);
		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(ImportRejection::row, ImportRejection::field)
			.containsExactly(tuple(3, "name"), tuple(4, "count"));
		assertThat(report.rejected().get(1).message()).isEqualTo("count: \"many\" is not a whole number.");
		assertThat(store.names).isEmpty();
	}

	@Test
	void aDryRunWritesNothingEvenWhenEveryRowIsGood() {
		ImportReport report = imports.run(csv("code,name\nA1,Uno\n"), true, store);

		assertThat(report.accepted()).isTrue();
		assertThat(report.created()).isEqualTo(1);
		assertThat(store.names).isEmpty();
	}

	@Test
	void matchesStoredRecordsOnTheNormalisedKeyAndCountsUnchangedRowsAsNeither() {
		store.names.put("A1", "Uno");
		store.names.put("A2", "Dos");

		ImportReport report = imports.run(csv("codigo;nombre\n a1 ;Uno\na2;Dos bis\nA3;Tres\n"), false, store);

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.updated()).isEqualTo(1);
		assertThat(store.names).containsEntry("A2", "Dos bis").containsEntry("A3", "Tres");
		assertThat(store.written).containsExactly("A2", "A3");
	}

	@Test
	void refusesAKeyRepeatedInTheFileNamingItsFirstRow() {
		ImportReport report = imports.run(csv("code,name\nA1,Uno\nB1,Otro\na1,Uno otra vez\n"), true, store);

		assertThat(report.rejected()).hasSize(1);
		assertThat(report.rejected().get(0).row()).isEqualTo(4);
		assertThat(report.rejected().get(0).field()).isEqualTo("code");
		assertThat(report.rejected().get(0).message()).isEqualTo("code: the value A1 already appears in row 2 of the file.");
	}

	@Test
	void reportsUnknownAndRepeatedColumnsOnTheHeaderRowAndSkipsIgnoredOnes() {
		ImportReport report = imports.run(csv("id,code,name,nombre,colour\n7,A1,Uno,Uno,azul\n"), true, store);

		assertThat(report.rejected()).extracting(ImportRejection::row).containsOnly(1);
		assertThat(report.rejected()).extracting(ImportRejection::field).containsExactly("colour", "nombre");
	}

	@Test
	void looksStoredRecordsUpOnceForEachDistinctKeyInChunks() {
		StringBuilder file = new StringBuilder("code,name\n");
		for (int row = 0; row < 2500; row++) {
			file.append("K").append(row % 2100).append(",Name\n");
		}

		imports.run(csv(file.toString()), true, store);

		assertThat(store.lookUps).containsExactly(1000, 1000, 100);
	}

	@Test
	void refusesAFileLargerThanAnUpload() {
		byte[] large = ("code,name\nA1," + "x".repeat(1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> imports.run(new ByteArrayInputStream(large), true, store))
			.isInstanceOf(PayloadTooLargeException.class);
	}

	@Test
	void anEmptyFileImportsNothing() {
		assertThat(imports.run(csv("code,name\n"), false, store)).isEqualTo(new ImportReport(0, 0, 0, List.of()));
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/documents");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private enum Field {
		CODE, NAME, COUNT
	}

	/** Names by code; a name is required. */
	private static final class Store implements ImportTarget<Field, String[]> {

		private static final ImportColumns<Field> COLUMNS = ImportColumns.<Field>labelledBy("test.field.")
			.column(Field.CODE, "code", CellReader.text(), "codigo")
			.column(Field.NAME, "name", CellReader.text(), "nombre")
			.column(Field.COUNT, "count", CellReader.wholeNumber())
			.ignoring("id")
			.matchedOn(Field.CODE, code -> code.strip().toUpperCase(Locale.ROOT))
			.build();

		final Map<String, String> names = new HashMap<>();

		final Map<String, String> found = new HashMap<>();

		final List<Integer> lookUps = new ArrayList<>();

		final List<String> written = new ArrayList<>();

		@Override
		public ImportColumns<Field> columns() {
			return COLUMNS;
		}

		@Override
		public void lookUp(List<String> keys) {
			lookUps.add(keys.size());
			keys.stream().filter(names::containsKey).forEach(key -> found.put(key, names.get(key)));
		}

		@Override
		public PlannedRow<String[]> plan(ImportRow<Field> row) {
			String name = (String) row.value(Field.NAME);
			if (name == null) {
				return PlannedRow.rejected(List.of(new FieldError("name", "documents.import.badChoice", "name", "")));
			}
			String stored = found.get(row.key());
			if (stored == null) {
				return PlannedRow.create(new String[] { row.key(), name });
			}
			return stored.equals(name) ? PlannedRow.unchanged() : PlannedRow.update(new String[] { row.key(), name });
		}

		@Override
		public void write(List<String[]> rows) {
			rows.forEach(row -> {
				names.put(row[0], row[1]);
				written.add(row[0]);
			});
		}
	}
}
