package org.trastienda.contracts;

/**
 * An approved amendment changed an active contract's dates, terms or lines: it is now at
 * {@code revision}. Published in the approving transaction.
 */
public record ContractAmended(Long contractId, Long amendmentId, int revision) {
}
