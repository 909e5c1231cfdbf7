package org.trastienda.execution;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trastienda.contracts.ContractActivated;
import org.trastienda.contracts.Contracts;

/**
 * Gives an activated contract its schedule in the activating transaction (a plain synchronous
 * listener, not an after-commit one), so an active contract never exists without one and a failure
 * here undoes the activation. Idempotent: a contract keeps the schedule it already has.
 */
@Component
class ScheduleOnActivation {

	private final Contracts contracts;

	private final ScheduleEditor editor;

	ScheduleOnActivation(Contracts contracts, ScheduleEditor editor) {
		this.contracts = contracts;
		this.editor = editor;
	}

	@EventListener
	void on(ContractActivated event) {
		editor.createFor(contracts.get(event.contractId()));
	}
}
