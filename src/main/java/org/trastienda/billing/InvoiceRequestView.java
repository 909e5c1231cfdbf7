package org.trastienda.billing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for an invoice as the API shows it.
 *
 * @param note what the requester wants invoiced
 * @param assignedTo username of the clerk who reserved it
 * @param expectedOn when the clerk expects to issue the invoice
 * @param invoiceId the draft or invoice prepared for it, or null
 */
public record InvoiceRequestView(Long id, long version, Long contractId, String contractNumber, Long customerId,
		String customerName, String note, InvoiceRequestStatus status, String requestedBy, Instant requestedAt,
		String assignedTo, LocalDate expectedOn, String rejectReason, Long invoiceId) {
}
