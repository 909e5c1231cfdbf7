package org.trastienda.contracts;

/** An active contract was marked completed by the back office. */
public record ContractCompleted(Long contractId) {
}
