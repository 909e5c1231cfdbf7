package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as lists show it. */
public record InvoiceSummary(Long id, String number, InvoiceType type, InvoiceStatus status, String series,
		Long contractId, String contractNumber, Long customerId, String customerName, LocalDate issueDate,
		LocalDate dueDate, BigDecimal grossTotal, String currency) {
}
