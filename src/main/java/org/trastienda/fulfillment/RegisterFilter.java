package org.trastienda.fulfillment;

import java.time.LocalDate;

/**
 * The period of the shipments-and-returns register (both days included) and what it is narrowed
 * to; null filters do not narrow. The reason narrows the returns only.
 */
public record RegisterFilter(LocalDate from, LocalDate to, Long partyId, Long productId, Long contractId,
		ReturnReason reason) {
}
