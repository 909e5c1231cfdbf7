package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the invoice page and the PDF show about an invoice besides its API fields: the parties
 * as they print (null while a draft), the invoice it rectifies, the override, who did what, its sends
 * and its rectifications.
 *
 * @param overrideStatus NONE, PENDING, GRANTED or REJECTED
 */
public record InvoiceDetail(InvoiceView invoice, String contractNumber, String customerName, String currency,
		BigDecimal vatTotal, BigDecimal recargoTotal, String issuerName, String issuerTaxId, String issuerAddress,
		String recipientName, String recipientTaxId, String recipientAddress, String rectifiesNumber,
		LocalDate rectifiesIssueDate, String rectificationReason, String notes, String overrideStatus,
		String overrideReason, String createdBy, Instant issuedAt, String issuedBy, Instant cancelledAt,
		String cancelledBy, String cancelReason, List<DispatchView> dispatches, List<InvoiceSummary> rectifications) {

	/** The operation date when it differs from the issue date (the law asks to print it then), else null. */
	public LocalDate distinctOperationDate() {
		LocalDate operation = invoice.operationDate();
		return operation != null && !operation.equals(invoice.issueDate()) ? operation : null;
	}
}
