package org.trastienda.contracts;

/** A sale to a customer or a purchase from a supplier; numbered separately (CV- and CC-). */
public enum ContractKind {
	SALE("CV"), PURCHASE("CC");

	private final String prefix;

	ContractKind(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return prefix;
	}
}
