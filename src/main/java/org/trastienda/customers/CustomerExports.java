package org.trastienda.customers;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.trastienda.documents.SpreadsheetExport;
import org.trastienda.documents.SpreadsheetExports;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.identity.DataScope;

/**
 * Exports of the filtered customer list: the columns are the import's (API field paths, after the
 * code), so an exported file can be edited and imported back.
 */
@Component
class CustomerExports {

	private final CustomerQueries queries;

	private final SpreadsheetExports exports;

	private final ExpiryPolicy calendar;

	CustomerExports(CustomerQueries queries, SpreadsheetExports exports, ExpiryPolicy calendar) {
		this.queries = queries;
		this.exports = exports;
		this.calendar = calendar;
	}

	/** {@code clientes-2024-03-01.csv}, the sort checked now, the customers read when it is written. */
	SpreadsheetExport prepare(DataScope scope, CustomerFilter filter, Sort sort, SpreadsheetFormat format) {
		Sort checked = CustomerQueries.checkedSort(sort);
		List<String> headers = new ArrayList<>();
		headers.add("code");
		for (CustomerField field : CustomerField.values()) {
			headers.add(field.path());
		}
		return exports.prepare("clientes-" + calendar.today(), format, headers,
				row -> queries.forEach(scope, filter, checked, customer -> row.accept(cells(customer))));
	}

	private static List<Object> cells(CustomerView customer) {
		CustomerData data = CustomerField.dataOf(customer);
		List<Object> cells = new ArrayList<>();
		cells.add(customer.code());
		for (CustomerField field : CustomerField.values()) {
			cells.add(field.valueIn(data));
		}
		return cells;
	}
}
