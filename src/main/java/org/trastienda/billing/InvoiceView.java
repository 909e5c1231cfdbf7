package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as the API shows it (issue 4, section 4).
 *
 * @param series the code of its series
 * @param number the full invoice number (series prefix, year and counter), null while a draft
 * @param taxTotal VAT plus recargo de equivalencia
 * @param huella the hash of its VERI*FACTU record, null while a draft
 */
public record InvoiceView(Long id, long version, Long contractId, Long customerId, InvoiceType type, String series,
		String number, InvoiceStatus status, LocalDate issueDate, LocalDate operationDate, LocalDate dueDate,
		List<InvoiceLineView> lines, List<InvoiceTaxView> taxes, BigDecimal netTotal, BigDecimal taxTotal,
		BigDecimal grossTotal, Long rectifiesInvoiceId, String huella) {
}
