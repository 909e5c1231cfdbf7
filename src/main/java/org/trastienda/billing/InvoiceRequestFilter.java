package org.trastienda.billing;

/** What a list of invoice requests is narrowed to; null fields do not filter. */
public record InvoiceRequestFilter(InvoiceRequestStatus status, Long contractId, String assignedTo) {

	public static InvoiceRequestFilter none() {
		return new InvoiceRequestFilter(null, null, null);
	}
}
