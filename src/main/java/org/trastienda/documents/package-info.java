/**
 * Documents: the files people upload and the spreadsheets they exchange. Stores uploads whose type
 * is checked by their bytes (never by their name) once per content under the data dir, serves them
 * back as attachments, and reads and writes CSV and XLSX for imports and exports of any module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package org.trastienda.documents;
