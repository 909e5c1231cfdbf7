package org.trastienda.catalog.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.trastienda.catalog.Catalog;

/** Who may use the catalogue's pages and endpoints, and how its lists sort. */
final class CatalogRules {

	/** Everyone signed in reads the catalogue. */
	static final String READ = "isAuthenticated()";

	/** The back office and administrators keep it. */
	static final String WRITE = "hasAnyRole('ADMIN','BACK_OFFICE')";

	/** The fields lists sort by, by their API names. */
	static final Map<String, String> SORTABLE = Catalog.sortableColumns().stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), Function.identity()));

	static final String DEFAULT_SORT = "name";

	private CatalogRules() {
	}
}
