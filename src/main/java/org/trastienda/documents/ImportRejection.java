package org.trastienda.documents;

/** A bad value in an imported file: the row as the spreadsheet numbers it (header = 1), the field and why. */
public record ImportRejection(int row, String field, String message) {
}
