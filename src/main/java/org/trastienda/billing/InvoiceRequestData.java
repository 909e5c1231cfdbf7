package org.trastienda.billing;

/** A request for an invoice: the contract, and what to invoice (free text: lines, milestone, amount). */
public record InvoiceRequestData(Long contractId, String note) {
}
