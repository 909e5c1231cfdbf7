package org.trastienda.contracts;

/** A contract was approved and is now active: its execution starts. Carries the id only. */
public record ContractActivated(Long contractId) {
}
