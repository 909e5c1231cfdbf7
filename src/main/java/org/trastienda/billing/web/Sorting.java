package org.trastienda.billing.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.trastienda.billing.Invoicing;

/** The sort fields of invoice lists, by their API names, and the default: newest first. */
final class Sorting {

	static final Map<String, String> FIELDS = Invoicing.sortableColumns().stream()
		.collect(Collectors.toMap(Function.identity(), Invoicing::sortProperty));

	static final String DEFAULT = "id,desc";

	private Sorting() {
	}
}
