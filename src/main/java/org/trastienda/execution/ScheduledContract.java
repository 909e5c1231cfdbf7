package org.trastienda.execution;

import org.trastienda.contracts.ContractView;

/** A contract and its schedule, as the editor changes them together. */
record ScheduledContract(ContractView contract, ContractSchedule schedule) {

	Long contractId() {
		return contract.id();
	}
}
