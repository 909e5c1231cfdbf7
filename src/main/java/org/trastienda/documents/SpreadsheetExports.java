package org.trastienda.documents;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Prepares exports of any list as CSV or XLSX; each reads in its own read-only transaction while it streams. */
@Service
public class SpreadsheetExports {

	private final Spreadsheets spreadsheets;

	private final TransactionTemplate readOnly;

	SpreadsheetExports(Spreadsheets spreadsheets, PlatformTransactionManager transactions) {
		this.spreadsheets = spreadsheets;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * An export whose header is {@code headers} and whose rows come from {@code rows} when it is written.
	 *
	 * @param baseName the file name without extension, e.g. {@code clientes-2024-03-01}
	 */
	public SpreadsheetExport prepare(String baseName, SpreadsheetFormat format, List<String> headers,
			SpreadsheetExport.Rows rows) {
		return new SpreadsheetExport(spreadsheets, readOnly, baseName + "." + format.extension(), format, headers, rows);
	}
}
