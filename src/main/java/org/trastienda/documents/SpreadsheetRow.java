package org.trastienda.documents;

import java.util.Map;

/**
 * One row of a spreadsheet under its header: every header column's value ({@code ""} when the
 * cell is empty), and the row's number as a person sees it in the file (the header is row 1).
 */
public record SpreadsheetRow(int rowNumber, Map<String, String> valuesByHeader) {
}
