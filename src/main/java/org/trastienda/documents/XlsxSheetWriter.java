package org.trastienda.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@value #ROWS_IN_MEMORY} rows stay in
 * memory, the rest go to a compressed temporary file until the workbook is written. A bold,
 * frozen header with an auto-filter; numbers, dates and booleans as typed cells.
 */
final class XlsxSheetWriter implements SpreadsheetWriter {

	private static final int ROWS_IN_MEMORY = 100;

	private static final String SHEET_NAME = "Datos";

	private final OutputStream target;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final int columns;

	private final CellStyle date;

	private final CellStyle dateTime;

	private final Map<Integer, CellStyle> decimalsByScale = new HashMap<>();

	private int lastRow;

	XlsxSheetWriter(OutputStream target, List<String> headers) {
		this.target = target;
		this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(SHEET_NAME);
		this.columns = headers.size();
		this.date = formatted("yyyy-mm-dd");
		this.dateTime = formatted("yyyy-mm-dd hh:mm");
		writeHeader(headers);
	}

	@Override
	public void row(List<?> values) {
		Row row = sheet.createRow(++lastRow);
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			if (value != null) {
				write(row.createCell(column), value);
			}
		}
	}

	@Override
	public void close() {
		try {
			if (columns > 0) {
				sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns - 1));
			}
			workbook.write(target);
			target.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				workbook.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void writeHeader(List<String> headers) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle headerStyle = workbook.createCellStyle();
		headerStyle.setFont(bold);
		Row row = sheet.createRow(0);
		for (int column = 0; column < headers.size(); column++) {
			Cell cell = row.createCell(column);
			cell.setCellValue(headers.get(column));
			cell.setCellStyle(headerStyle);
			sheet.setColumnWidth(column, Math.min(Math.max(headers.get(column).length() + 4, 12), 60) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private void write(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			if (value instanceof BigDecimal decimal && decimal.scale() > 0) {
				cell.setCellStyle(decimalsByScale.computeIfAbsent(decimal.scale(),
						scale -> formatted("0." + "0".repeat(scale))));
			}
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(date);
		}
		else if (value instanceof LocalDateTime moment) {
			cell.setCellValue(moment);
			cell.setCellStyle(dateTime);
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else {
			String text = CellValues.text(value);
			int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
			cell.setCellValue(text.length() > max ? text.substring(0, max) : text);
		}
	}

	private CellStyle formatted(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}
}
