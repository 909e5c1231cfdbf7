package org.trastienda.contracts.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.trastienda.contracts.Contracts;

/**
 * The {@code @PreAuthorize} rules of the contract pages and endpoints (issue 3, section 2). The
 * service then applies the finer rules: a sales rep only their own contracts and drafts, the
 * status machine, the data scope.
 */
final class AccessRules {

	/** Every role reads, within its data scope. */
	static final String READ = "hasAnyRole('ADMIN','SALES_DIRECTOR','REGIONAL_MANAGER','SALES_REP','BACK_OFFICE','FINANCE')";

	/** Drafting, submitting, cancelling, amending and filing: sales reps (their own), back office, admin. */
	static final String WRITE = "hasAnyRole('ADMIN','BACK_OFFICE','SALES_REP')";

	/** Completing contracts, keeping required documents, deleting files: back office and admin. */
	static final String BACK_OFFICE = "hasAnyRole('ADMIN','BACK_OFFICE')";

	/** The sort fields of lists, by their API names. */
	static final Map<String, String> SORT_FIELDS = Contracts.sortableColumns().stream()
		.collect(Collectors.toMap(Function.identity(), Function.identity()));

	/** Newest first unless the client asks otherwise. */
	static final String DEFAULT_SORT = "createdAt,desc";

	private AccessRules() {
	}
}
