package org.trastienda.contracts;

/**
 * Whether the execution of an active contract has started (a milestone is done). The execution
 * module implements it; contracts ask before cancelling an active contract, which is possible
 * only while nothing has been executed. Without an implementation nothing counts as executed.
 */
public interface ExecutionProgress {

	boolean hasStarted(Long contractId);
}
