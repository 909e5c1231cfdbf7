package org.trastienda.fulfillment;

import org.trastienda.contracts.ContractKind;

/** Goods we send on a sales contract, or goods we receive on a purchase contract; numbered apart (AL-, RE-). */
public enum ShipmentKind {
	SHIPMENT("AL"), RECEIPT("RE");

	private final String prefix;

	ShipmentKind(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return prefix;
	}

	static ShipmentKind of(ContractKind contract) {
		return contract == ContractKind.PURCHASE ? RECEIPT : SHIPMENT;
	}
}
