package org.trastienda.verifactu;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issued invoice to register with a <em>registro de alta</em>.
 *
 * @param seriesNumber the invoice's series and number as printed (NumSerieFactura)
 * @param invoiceType F1, F2, F3, R1 to R5 (TipoFactura)
 * @param taxTotal the invoice's total tax (CuotaTotal), two decimals at most
 * @param grossTotal the invoice's total (ImporteTotal), two decimals at most
 * @param invoiceId the billing module's invoice, or null
 */
public record InvoiceRegistration(String issuerTaxId, String seriesNumber, LocalDate issueDate, String invoiceType,
		BigDecimal taxTotal, BigDecimal grossTotal, Long invoiceId) {
}
