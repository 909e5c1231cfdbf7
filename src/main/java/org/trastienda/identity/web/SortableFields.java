package org.trastienda.identity.web;

import java.util.Map;

/** The columns the user and region lists sort by (page and API alike), by their API field names. */
final class SortableFields {

	static final Map<String, String> USERS = Map.of("username", "username", "fullName", "fullName", "email", "email",
			"regionCode", "region.code", "enabled", "enabled", "language", "language");

	static final Map<String, String> REGIONS = Map.of("code", "code", "name", "name");

	private SortableFields() {
	}
}
