package org.trastienda.fulfillment;

/** The state returned goods arrive in. */
public enum GoodsCondition {
	AS_NEW, DAMAGED, UNUSABLE
}
