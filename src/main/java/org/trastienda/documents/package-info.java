/**
 * Documents: the files people upload, the spreadsheets they exchange and the PDFs we print.
 * Stores uploads whose type is checked by their bytes (never by their name) once per content under
 * the data dir, serves them back as attachments, reads and writes CSV and XLSX, and renders
 * Thymeleaf templates to PDF. Every module's bulk import runs through
 * {@link org.trastienda.documents.SpreadsheetImports} (all or nothing, with a dry run) and its
 * two-step page through {@link org.trastienda.documents.ImportPages}; exports stream through
 * {@link org.trastienda.documents.SpreadsheetExports}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "web" })
package org.trastienda.documents;
