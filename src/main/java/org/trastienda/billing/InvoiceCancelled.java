package org.trastienda.billing;

/** An invoice issued in error was cancelled with a VERI*FACTU registro de anulación. */
public record InvoiceCancelled(Long invoiceId, Long contractId, Long customerId) {
}
