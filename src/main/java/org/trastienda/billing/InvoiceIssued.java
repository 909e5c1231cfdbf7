package org.trastienda.billing;

/** An invoice was issued (published in the issuing transaction): numbered, frozen and recorded in VERI*FACTU. */
public record InvoiceIssued(Long invoiceId, Long contractId, Long customerId) {
}
