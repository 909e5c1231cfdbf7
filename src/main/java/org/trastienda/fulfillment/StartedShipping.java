package org.trastienda.fulfillment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.contracts.ExecutionProgress;

/** Tells the contracts module that a contract with a shipment (or receipt) has started its execution, so it cannot be cancelled. */
@Component
class StartedShipping implements ExecutionProgress {

	private final ShipmentRepository shipments;

	StartedShipping(ShipmentRepository shipments) {
		this.shipments = shipments;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasStarted(Long contractId) {
		return shipments.existsByContractId(contractId);
	}
}
