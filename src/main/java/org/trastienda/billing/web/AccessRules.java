package org.trastienda.billing.web;

/**
 * The {@code @PreAuthorize} rules of the billing pages and endpoints. The services then apply the
 * finer rules: the data scope, the invoice's state, four eyes on overrides.
 */
final class AccessRules {

	/** Every role reads invoices and requests, within its data scope. */
	static final String READ = "hasAnyRole('ADMIN','SALES_DIRECTOR','REGIONAL_MANAGER','SALES_REP','BACK_OFFICE','FINANCE')";

	/** Preparing, issuing, rectifying, cancelling and sending invoices; handling requests. */
	static final String BACK_OFFICE = "hasAnyRole('ADMIN','BACK_OFFICE')";

	/** Asking for an invoice: sales reps on their contracts, the back office. */
	static final String REQUEST = "hasAnyRole('ADMIN','BACK_OFFICE','SALES_REP')";

	/** The company settings and series, and the register: who works with every invoice. */
	static final String OFFICE = "hasAnyRole('ADMIN','BACK_OFFICE','FINANCE','SALES_DIRECTOR')";

	/** Changing the company settings and series. */
	static final String ADMIN = "hasRole('ADMIN')";

	private AccessRules() {
	}
}
