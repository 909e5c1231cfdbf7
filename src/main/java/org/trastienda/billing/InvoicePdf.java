package org.trastienda.billing;

/** An issued invoice as a PDF, in the customer's billing language. */
public record InvoicePdf(String filename, byte[] content) {
}
