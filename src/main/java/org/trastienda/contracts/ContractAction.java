package org.trastienda.contracts;

/** What can happen to a contract; {@link Lifecycle} says in which status. */
enum ContractAction {
	EDIT, SUBMIT, ACTIVATE, REJECT, CANCEL, COMPLETE, AMEND
}
