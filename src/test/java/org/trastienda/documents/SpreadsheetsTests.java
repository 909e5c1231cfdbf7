package org.trastienda.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.trastienda.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class SpreadsheetsTests {

	private final Spreadsheets spreadsheets = new Spreadsheets();

	@Test
	void readsCommaSeparatedCsvWithRowNumbersAsInTheFile() {
		List<SpreadsheetRow> rows = readCsv("legalName,city\nFerretería Ruiz,Madrid\n\nTalleres Gómez,Bilbao\n");

		assertThat(rows).extracting(SpreadsheetRow::rowNumber).containsExactly(2, 4);
		assertThat(rows.get(0).valuesByHeader()).containsExactly(entry("legalName", "Ferretería Ruiz"),
				entry("city", "Madrid"));
		assertThat(rows.get(1).valuesByHeader()).containsEntry("legalName", "Talleres Gómez");
	}

	@Test
	void detectsSemicolonsAsExcelWritesThemInSpanish() {
		List<SpreadsheetRow> rows = readCsv("razón social;importe\r\n\"Ruiz, S.L.\";1.234,50\r\n");

		assertThat(rows).singleElement()
			.extracting(SpreadsheetRow::valuesByHeader)
			.isEqualTo(Map.of("razón social", "Ruiz, S.L.", "importe", "1.234,50"));
	}

	@Test
	void skipsTheByteOrderMark() {
		byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"nombre,ciudad\nAna,Ávila\n".getBytes(StandardCharsets.UTF_8));

		List<SpreadsheetRow> rows = spreadsheets.readAll(new ByteArrayInputStream(withBom));

		assertThat(rows.get(0).valuesByHeader()).containsEntry("nombre", "Ana").containsEntry("ciudad", "Ávila");
	}

	@Test
	void keepsQuotedDelimitersQuotesAndLineBreaksInsideAField() {
		List<SpreadsheetRow> rows = readCsv("name,notes,city\r\n"
				+ "\"Ruiz, S.L.\",\"Dijo \"\"mañana\"\"\r\ny se fue\",Madrid\r\n" + "Gómez,,Bilbao\r\n");

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).valuesByHeader()).containsEntry("name", "Ruiz, S.L.")
			.containsEntry("notes", "Dijo \"mañana\"\r\ny se fue")
			.containsEntry("city", "Madrid");
		assertThat(rows.get(1).rowNumber()).isEqualTo(3);
		assertThat(rows.get(1).valuesByHeader()).containsEntry("notes", "");
	}

	@Test
	void givesEveryHeaderAValueEvenWhenTheRowIsShort() {
		List<SpreadsheetRow> rows = readCsv("a,b,c\n1\n");

		assertThat(rows.get(0).valuesByHeader()).containsExactly(entry("a", "1"), entry("b", ""), entry("c", ""));
	}

	@Test
	void refusesAnUnclosedQuoteNamingTheRow() {
		assertThatThrownBy(() -> readCsv("a,b\n1,2\n3,\"sin cerrar\n"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.errors()).singleElement().satisfies(error -> {
					assertThat(error.field()).isEqualTo("file");
					assertThat(error.messageKey()).isEqualTo("documents.spreadsheet.unclosedQuote");
					assertThat(error.arguments()).containsExactly(3);
				});
			});
	}

	@Test
	void refusesCsvThatIsNotUtf8() {
		byte[] latin1 = "nombre\nMuñoz\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> spreadsheets.readAll(new ByteArrayInputStream(latin1)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).messageKey())
				.isEqualTo("documents.spreadsheet.notUtf8"));
	}

	@Test
	void refusesDuplicateHeadersAndFilesWithoutAHeader() {
		assertThatThrownBy(() -> readCsv("a,b,a\n1,2,3\n")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors().get(0).messageKey()).isEqualTo("documents.spreadsheet.duplicateHeader"));
		assertThatThrownBy(() -> readCsv("")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors().get(0).messageKey()).isEqualTo("documents.spreadsheet.noHeader"));
	}

	@Test
	void refusesContentThatIsNeitherCsvNorXlsxWhateverItIsCalled() {
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> spreadsheets.readAll(new ByteArrayInputStream(pdf)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.errors().get(0).messageKey()).isEqualTo("documents.spreadsheet.unsupported");
				assertThat(ex.errors().get(0).arguments()).containsExactly("application/pdf");
			});
	}

	@Test
	void refusesOtherOfficeFilesAsUnreadableSpreadsheets() throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("no es una hoja");
			document.write(docx);
		}
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("hoja").createRow(0).createCell(0).setCellValue("nombre");
			workbook.write(xls);
		}

		assertThatThrownBy(() -> spreadsheets.readAll(new ByteArrayInputStream(docx.toByteArray())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).messageKey())
				.isEqualTo("documents.spreadsheet.unreadable"));
		assertThatThrownBy(() -> spreadsheets.readAll(new ByteArrayInputStream(xls.toByteArray())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).messageKey())
				.isEqualTo("documents.spreadsheet.unsupported"));
	}

	@Test
	void readsXlsxNumbersPlainDatesInIsoAndBooleansAsTheyRead() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			header(sheet, "entero", "decimal", "grande", "ruido", "fecha", "activo", "formula", "texto");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(42d);
			row.createCell(1).setCellValue(1234.5);
			row.createCell(2).setCellValue(1.5e20);
			row.createCell(3).setCellValue(0.1 + 0.2);
			Cell date = row.createCell(4);
			date.setCellValue(LocalDate.of(2024, 3, 1));
			date.setCellStyle(dateStyle(sheet, "dd/mm/yyyy"));
			row.createCell(5).setCellValue(true);
			row.createCell(6).setCellFormula("A2*2");
			row.createCell(7).setCellValue("B-12345678");
		});

		List<SpreadsheetRow> rows = spreadsheets.readAll(new ByteArrayInputStream(xlsx));

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(2);
			assertThat(row.valuesByHeader()).containsExactly(entry("entero", "42"), entry("decimal", "1234.5"),
					entry("grande", "150000000000000000000"), entry("ruido", "0.3"), entry("fecha", "2024-03-01"),
					entry("activo", "true"), entry("formula", "84"), entry("texto", "B-12345678"));
		});
	}

	@Test
	void readsTheFirstSheetWithItsOwnRowNumbersAndGaps() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			header(sheet, "nombre", "ciudad");
			sheet.createRow(4).createCell(1).setCellValue("Soria");
			sheet.getWorkbook().createSheet("otra").createRow(0).createCell(0).setCellValue("no");
		});

		List<SpreadsheetRow> rows = spreadsheets.readAll(new ByteArrayInputStream(xlsx));

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(5);
			assertThat(row.valuesByHeader()).containsExactly(entry("nombre", ""), entry("ciudad", "Soria"));
		});
	}

	@Test
	void letsTheCallersOwnErrorThroughWhileReadingXlsx() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			header(sheet, "nombre");
			sheet.createRow(1).createCell(0).setCellValue("Ana");
		});
		IllegalStateException stop = new IllegalStateException("stop");

		assertThatThrownBy(() -> spreadsheets.read(new ByteArrayInputStream(xlsx), row -> {
			throw stop;
		})).isSameAs(stop);
	}

	@Test
	void writesCsvWithByteOrderMarkCommasCrlfAndQuotesOnlyWhereNeeded() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		spreadsheets.write(SpreadsheetFormat.CSV, out, List.of("nombre", "importe", "fecha", "activo", "notas"),
				List.of(Arrays.asList("Ruiz, S.L.", new BigDecimal("1500.00"), LocalDate.of(2024, 3, 1), true,
						"dijo \"sí\"\nayer"), Arrays.asList("Gómez", -3, null, false, "=HYPERLINK(\"x\")"))
					.stream());

		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("nombre,importe,fecha,activo,notas\r\n"
					+ "\"Ruiz, S.L.\",1500.00,2024-03-01,true,\"dijo \"\"sí\"\"\nayer\"\r\n"
					+ "Gómez,-3,,false,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
	}

	@Test
	void writesXlsxWithATypedBoldFrozenFilteredHeaderAndTypedCells() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		spreadsheets.write(SpreadsheetFormat.XLSX, out, List.of("nombre", "importe", "fecha", "activo"),
				List.of(List.of("Ruiz", new BigDecimal("1500.25"), LocalDate.of(2024, 3, 1), true)).stream());

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D2");
			Row row = sheet.getRow(1);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1500.25);
			assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
			assertThat(row.getCell(3).getBooleanCellValue()).isTrue();
		}
	}

	@Test
	void givesBackWhatItWroteInBothFormats() {
		List<String> headers = List.of("nombre", "importe", "cantidad", "fecha", "alta", "activo", "teléfono", "notas");
		List<List<?>> rows = List.of(
				Arrays.asList("Ferretería Ruiz, S.L.", new BigDecimal("1234.5"), 12, LocalDate.of(2024, 2, 29),
						LocalDateTime.of(2024, 2, 29, 9, 30), true, "+34 600 111 222", "línea 1\nlínea \"2\""),
				Arrays.asList("Talleres Gómez", new BigDecimal("-0.75"), 0, null, null, false, "", "-"));
		List<Map<String, String>> expected = List.of(
				Map.of("nombre", "Ferretería Ruiz, S.L.", "importe", "1234.5", "cantidad", "12", "fecha", "2024-02-29",
						"alta", "2024-02-29T09:30", "activo", "true", "teléfono", "+34 600 111 222", "notas",
						"línea 1\nlínea \"2\""),
				Map.of("nombre", "Talleres Gómez", "importe", "-0.75", "cantidad", "0", "fecha", "", "alta", "",
						"activo", "false", "teléfono", "", "notas", "-"));

		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			spreadsheets.write(format, out, headers, rows.stream());

			List<SpreadsheetRow> read = spreadsheets.readAll(new ByteArrayInputStream(out.toByteArray()));

			assertThat(read).as(format.name()).extracting(SpreadsheetRow::valuesByHeader).isEqualTo(expected);
			assertThat(read).as(format.name()).extracting(SpreadsheetRow::rowNumber).containsExactly(2, 3);
		}
	}

	@Test
	void streamsOneHundredThousandRowsOutAndBackIn() {
		CountingOutputStream counted = new CountingOutputStream();
		List<String> headers = List.of("código", "nombre", "importe", "fecha");
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

		spreadsheets.write(SpreadsheetFormat.XLSX, xlsx, headers, IntStream.rangeClosed(1, 100_000)
			.mapToObj(i -> List.of("CLI-" + i, "Cliente " + i, new BigDecimal(i).movePointLeft(2), LocalDate.of(2024, 1, 1))));
		spreadsheets.write(SpreadsheetFormat.CSV, counted, headers, IntStream.rangeClosed(1, 100_000)
			.mapToObj(i -> List.of("CLI-" + i, "Cliente " + i, new BigDecimal(i).movePointLeft(2), LocalDate.of(2024, 1, 1))));
		AtomicInteger read = new AtomicInteger();
		spreadsheets.read(new ByteArrayInputStream(xlsx.toByteArray()), row -> read.incrementAndGet());

		assertThat(read).hasValue(100_000);
		assertThat(counted.bytes).isGreaterThan(100_000L * 30);
	}

	private List<SpreadsheetRow> readCsv(String text) {
		return spreadsheets.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private interface SheetContent {

		void fill(Sheet sheet);
	}

	private static byte[] workbook(SheetContent content) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.fill(workbook.createSheet("datos"));
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void header(Sheet sheet, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
		}
	}

	private static CellStyle dateStyle(Sheet sheet, String format) {
		CellStyle style = sheet.getWorkbook().createCellStyle();
		style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
		return style;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static final class CountingOutputStream extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}
	}

}
