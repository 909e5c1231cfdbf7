package org.trastienda.verifactu;

import java.time.LocalDate;

/**
 * A registered invoice to cancel with a <em>registro de anulación</em>: the same issuer, series
 * and number, and issue date as its registro de alta.
 *
 * @param invoiceId the billing module's invoice, or null
 */
public record InvoiceCancellation(String issuerTaxId, String seriesNumber, LocalDate issueDate, Long invoiceId) {
}
