package org.trastienda.contracts;

/** A contract was cancelled (with a reason) before anything of it was executed. */
public record ContractCancelled(Long contractId) {
}
