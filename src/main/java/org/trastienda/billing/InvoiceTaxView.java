package org.trastienda.billing;

import java.math.BigDecimal;

/** The lines taxed at one VAT rate: their base, the VAT on it, and the recargo de equivalencia (0 when none). */
public record InvoiceTaxView(BigDecimal vatRate, BigDecimal base, BigDecimal vat, BigDecimal recargoRate,
		BigDecimal recargo) {
}
