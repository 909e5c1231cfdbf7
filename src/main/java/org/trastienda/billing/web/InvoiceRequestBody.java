package org.trastienda.billing.web;

import java.time.LocalDate;
import java.util.List;

import org.trastienda.billing.InvoiceData;
import org.trastienda.billing.InvoiceLineData;
import org.trastienda.billing.InvoiceType;

/** A draft invoice as API clients send it; {@code version} is required on PUT. */
record InvoiceRequestBody(Long version, Long contractId, InvoiceType type, String series, LocalDate issueDate,
		LocalDate operationDate, Long rectifiesInvoiceId, String notes, List<InvoiceLineData> lines, Long requestId) {

	InvoiceData toData() {
		return new InvoiceData(contractId, type, series, issueDate, operationDate, rectifiesInvoiceId, notes, lines,
				requestId);
	}
}
