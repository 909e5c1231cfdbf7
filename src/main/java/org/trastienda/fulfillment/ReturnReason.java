package org.trastienda.fulfillment;

/** Why goods come back. */
public enum ReturnReason {
	DEFECTIVE, WRONG_ITEM, DAMAGED_IN_TRANSIT, NOT_ORDERED, CUSTOMER_CHANGED_MIND, OTHER
}
