package org.trastienda.fulfillment;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractView;

/**
 * Writes what happens to shipments and returns to the audit trail twice, in the caller's
 * transaction: under the record itself (its timeline, and the party's) and under its contract
 * ({@code Contract}, the contract page's history, as the execution module does for status
 * reports), where the action names the record ({@code SHIPMENT_STATUS_CHANGED}, {@code RETURN_VERIFIED}).
 */
@Component
class FulfillmentAudit {

	static final String SHIPMENT = "Shipment";

	static final String RETURN = "Return";

	private static final String CONTRACT = "Contract";

	private final AuditTrail trail;

	FulfillmentAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void shipment(ContractView contract, Long shipmentId, String number, String action, String actor,
			Changes changes) {
		record(SHIPMENT, contract, shipmentId, number, action, actor, changes);
	}

	void goodsReturn(ContractView contract, Long returnId, String number, String action, String actor,
			Changes changes) {
		record(RETURN, contract, returnId, number, action, actor, changes);
	}

	private void record(String entityType, ContractView contract, Long id, String number, String action,
			String actor, Changes changes) {
		trail.recordAll(List.of(
				new AuditRecord(entityType, id, contract.partyId(), action, number + " · " + contract.number(), actor,
						changes.list()),
				new AuditRecord(CONTRACT, contract.id(), null, entityType.toUpperCase(Locale.ROOT) + "_" + action,
						contract.number() + " · " + number, actor, changes.list())));
	}
}
