package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice of the register with its tax breakdown; a cancelled invoice keeps its place (its number
 * is used) but counts for nothing in the totals.
 *
 * @param rectifies the number of the invoice it rectifies, or null
 */
public record RegisterRow(Long invoiceId, String number, String series, InvoiceType type, InvoiceStatus status,
		LocalDate issueDate, String customerName, String customerTaxId, String rectifies, List<InvoiceTaxView> taxes,
		BigDecimal netTotal, BigDecimal vatTotal, BigDecimal recargoTotal, BigDecimal grossTotal) {
}
