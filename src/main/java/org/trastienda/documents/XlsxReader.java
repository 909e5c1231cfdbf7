package org.trastienda.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX as it parses (POI's event API), so a large workbook is never
 * held as cell objects. Cells come out as a person reads them: numbers in plain notation, date
 * cells in ISO, booleans as {@code true}/{@code false}, formulas as their last computed value.
 * Any other OOXML package (a Word document, a macro-enabled workbook) is refused as unreadable.
 */
final class XlsxReader {

	private XlsxReader() {
	}

	static void read(InputStream content, HeaderedRows rows) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(content)) {
			if (workbook.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()) {
				throw unreadable();
			}
			XSSFReader reader = new XSSFReader(workbook, true);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new SheetHandler(reader.getSharedStringsTable(), reader.getStylesTable(), rows));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | UnsupportedFileFormatException
				| POIXMLException | OpenXML4JRuntimeException damaged) {
			throw unreadable();
		}
	}

	private static InvalidInputException unreadable() {
		return new InvalidInputException(new FieldError("file", "documents.spreadsheet.unreadable"));
	}

	/** Collects each {@code <row>}'s cells by column, then hands the row on. */
	private static final class SheetHandler extends DefaultHandler {

		private final SharedStrings strings;

		private final StylesTable styles;

		private final HeaderedRows rows;

		private final StringBuilder text = new StringBuilder();

		private List<String> cells = new ArrayList<>();

		private int rowNumber;

		private int column;

		private String type;

		private int style;

		private boolean collecting;

		private boolean inInlineString;

		private boolean inPhonetic;

		SheetHandler(SharedStrings strings, StylesTable styles, HeaderedRows rows) {
			this.strings = strings;
			this.styles = styles;
			this.rows = rows;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String number = attributes.getValue("r");
					rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number);
					cells = new ArrayList<>();
					column = -1;
				}
				case "c" -> {
					String reference = attributes.getValue("r");
					column = reference == null ? column + 1 : new CellReference(reference).getCol();
					type = attributes.getValue("t");
					String styleIndex = attributes.getValue("s");
					style = styleIndex == null ? 0 : Integer.parseInt(styleIndex);
					text.setLength(0);
				}
				case "v" -> collecting = true;
				case "is" -> inInlineString = true;
				case "t" -> collecting = inInlineString;
				case "rPh" -> inPhonetic = true;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> collecting = false;
				case "is" -> inInlineString = false;
				case "rPh" -> inPhonetic = false;
				case "c" -> {
					while (cells.size() < column) {
						cells.add("");
					}
					cells.add(value(text.toString()));
				}
				case "row" -> rows.record(rowNumber, cells);
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting && !inPhonetic) {
				text.append(ch, start, length);
			}
		}

		private String value(String raw) {
			if (type == null || type.equals("n")) {
				return raw.isBlank() ? "" : number(raw);
			}
			return switch (type) {
				case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
				case "b" -> String.valueOf(raw.strip().equals("1"));
				default -> raw;
			};
		}

		private String number(String raw) {
			XSSFCellStyle cellStyle = styles != null && style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
			double value = Double.parseDouble(raw);
			if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
					&& DateUtil.isValidExcelDate(value)) {
				return dateText(DateUtil.getLocalDateTime(value), value);
			}
			return CellValues.plainNumber(raw);
		}

		private static String dateText(LocalDateTime dateTime, double value) {
			if (value < 1) {
				return dateTime.toLocalTime().toString();
			}
			return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
					: dateTime.toString();
		}
	}
}
