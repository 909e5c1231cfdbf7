package org.trastienda.fulfillment.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.trastienda.fulfillment.Returns;
import org.trastienda.fulfillment.Shipments;

/**
 * The {@code @PreAuthorize} rules of the shipment and return pages and endpoints. The services
 * then apply the finer rules: the data scope, who verifies a return, the status machines.
 */
final class AccessRules {

	/** Every role reads, within its data scope. */
	static final String READ = "hasAnyRole('ADMIN','SALES_DIRECTOR','REGIONAL_MANAGER','SALES_REP','BACK_OFFICE','FINANCE')";

	/** Shipments, their status, receiving and closing returns: back office and admin. */
	static final String BACK_OFFICE = "hasAnyRole('ADMIN','BACK_OFFICE')";

	/** Registering returns: back office, admin, and sales reps for their own contracts. */
	static final String REGISTER_RETURNS = "hasAnyRole('ADMIN','BACK_OFFICE','SALES_REP')";

	/** Verifying or rejecting a return: the contract's rep or above him, and the back office (a verified one). */
	static final String DECIDE_RETURNS = "hasAnyRole('ADMIN','BACK_OFFICE','SALES_REP','REGIONAL_MANAGER','SALES_DIRECTOR')";

	static final Map<String, String> SHIPMENT_SORT = identity(Shipments.sortableColumns());

	static final Map<String, String> RETURN_SORT = identity(Returns.sortableColumns());

	/** Newest first unless the client asks otherwise. */
	static final String SHIPMENT_DEFAULT_SORT = "shippedOn,desc";

	static final String RETURN_DEFAULT_SORT = "requestedOn,desc";

	private AccessRules() {
	}

	private static Map<String, String> identity(java.util.List<String> columns) {
		return columns.stream().collect(Collectors.toMap(Function.identity(), Function.identity()));
	}
}
