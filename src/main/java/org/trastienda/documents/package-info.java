/**
 * Documents: the files people upload, the spreadsheets they exchange and the PDFs we print.
 * Stores uploads whose type is checked by their bytes (never by their name) once per content under
 * the data dir, serves them back as attachments, reads and writes CSV and XLSX for imports and
 * exports of any module, and renders Thymeleaf templates to PDF.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package org.trastienda.documents;
