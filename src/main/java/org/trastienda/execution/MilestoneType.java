package org.trastienda.execution;

import java.util.Set;

/**
 * What a milestone stands for. Sales contracts go from production order to payment, purchase
 * contracts from order placed to payment; {@link #OTHER} is for anything the back office adds.
 */
public enum MilestoneType {
	PRODUCTION_ORDER, PRODUCTION_COMPLETE, SHIPMENT, DELIVERY, ACCEPTANCE, INVOICING, ORDER_PLACED, GOODS_RECEIVED,
	INSPECTION, INVOICE_RECEIVED, PAYMENT, OTHER;

	private static final Set<MilestoneType> MONETARY = Set.of(INVOICING, INVOICE_RECEIVED, PAYMENT);

	/** Whether a milestone of this type may carry an amount (invoices and payments). */
	public boolean carriesAmount() {
		return MONETARY.contains(this);
	}
}
