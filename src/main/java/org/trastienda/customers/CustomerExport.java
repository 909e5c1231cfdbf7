package org.trastienda.customers;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.documents.SpreadsheetWriter;
import org.trastienda.documents.Spreadsheets;
import org.trastienda.identity.DataScope;

/**
 * A checked export of the filtered customer list, ready to stream: its columns are the import's
 * (API field paths, after the code), so an exported file can be edited and imported back.
 */
public final class CustomerExport {

	private final CustomerQueries queries;

	private final Spreadsheets spreadsheets;

	private final TransactionTemplate readOnly;

	private final DataScope scope;

	private final CustomerFilter filter;

	private final Sort sort;

	private final SpreadsheetFormat format;

	private final LocalDate today;

	CustomerExport(CustomerQueries queries, Spreadsheets spreadsheets, TransactionTemplate readOnly, DataScope scope,
			CustomerFilter filter, Sort sort, SpreadsheetFormat format, LocalDate today) {
		this.queries = queries;
		this.spreadsheets = spreadsheets;
		this.readOnly = readOnly;
		this.scope = scope;
		this.filter = filter;
		this.sort = CustomerQueries.checkedSort(sort);
		this.format = format;
		this.today = today;
	}

	public SpreadsheetFormat format() {
		return format;
	}

	/** {@code clientes-2024-03-01.csv} */
	public String filename() {
		return "clientes-" + today + "." + format.extension();
	}

	/** Writes the file, reading the customers in one read-only transaction as it goes. */
	public void writeTo(OutputStream out) {
		List<String> headers = new ArrayList<>();
		headers.add("code");
		for (CustomerField field : CustomerField.values()) {
			headers.add(field.path());
		}
		readOnly.executeWithoutResult(status -> {
			try (SpreadsheetWriter writer = spreadsheets.writer(format, out, headers)) {
				queries.forEach(scope, filter, sort, customer -> writer.row(row(customer)));
			}
		});
	}

	private static List<Object> row(CustomerView customer) {
		CustomerData data = CustomerField.dataOf(customer);
		List<Object> cells = new ArrayList<>();
		cells.add(customer.code());
		for (CustomerField field : CustomerField.values()) {
			cells.add(field.valueIn(data));
		}
		return cells;
	}
}
