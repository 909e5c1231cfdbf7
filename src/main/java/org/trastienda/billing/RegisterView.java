package org.trastienda.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The register of issued invoices (libro registro de facturas expedidas) of a period and optionally
 * one series: every issued or cancelled invoice by series and number, and the totals of the issued
 * ones per VAT rate and overall.
 *
 * @param series the series code it is limited to, or null for all
 */
public record RegisterView(LocalDate from, LocalDate to, String series, List<RegisterRow> rows,
		List<InvoiceTaxView> totalsByRate, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal recargoTotal,
		BigDecimal grossTotal) {
}
