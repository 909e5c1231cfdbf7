package org.trastienda.billing;

import java.time.LocalDate;

/** What a list of invoices is narrowed to; null fields do not filter. {@code series} is a series code. */
public record InvoiceFilter(InvoiceStatus status, String series, Long customerId, Long contractId,
		LocalDate issuedFrom, LocalDate issuedTo) {

	public static InvoiceFilter none() {
		return new InvoiceFilter(null, null, null, null, null, null);
	}
}
