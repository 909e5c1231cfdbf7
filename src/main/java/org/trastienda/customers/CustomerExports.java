package org.trastienda.customers;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.documents.Spreadsheets;
import org.trastienda.identity.DataScope;

/** Prepares exports of the customer list; each reads in its own read-only transaction while it streams. */
@Component
class CustomerExports {

	private final CustomerQueries queries;

	private final Spreadsheets spreadsheets;

	private final TransactionTemplate readOnly;

	private final ExpiryPolicy calendar;

	CustomerExports(CustomerQueries queries, Spreadsheets spreadsheets, PlatformTransactionManager transactions,
			ExpiryPolicy calendar) {
		this.queries = queries;
		this.spreadsheets = spreadsheets;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.calendar = calendar;
	}

	CustomerExport prepare(DataScope scope, CustomerFilter filter, Sort sort, SpreadsheetFormat format) {
		return new CustomerExport(queries, spreadsheets, readOnly, scope, filter, sort, format, calendar.today());
	}
}
