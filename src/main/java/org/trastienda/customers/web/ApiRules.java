package org.trastienda.customers.web;

/**
 * The {@code @PreAuthorize} rules of the archive's endpoints (issue 2, section 2). The service
 * then applies the finer rules: a sales rep only their own customers, finance billing only.
 */
final class ApiRules {

	/** Every role reads, within its data scope. */
	static final String READ = "hasAnyRole('ADMIN','SALES_DIRECTOR','REGIONAL_MANAGER','SALES_REP','BACK_OFFICE','FINANCE')";

	/** Creating customers and changing their sub-records: back office, admin, and sales reps (their own). */
	static final String WRITE = "hasAnyRole('ADMIN','BACK_OFFICE','SALES_REP')";

	/** Editing a customer's data: also finance, for the billing data. */
	static final String EDIT_CUSTOMER = "hasAnyRole('ADMIN','BACK_OFFICE','SALES_REP','FINANCE')";

	/** Deleting attachments and importing: back office and admin. */
	static final String BACK_OFFICE = "hasAnyRole('ADMIN','BACK_OFFICE')";

	private ApiRules() {
	}
}
