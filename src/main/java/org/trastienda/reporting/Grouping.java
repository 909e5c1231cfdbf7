package org.trastienda.reporting;

import org.trastienda.shared.InvalidInputException;

/** What the contract statistics are grouped by: the contract's region, owner (sales rep), party, or its lines' product category. */
public enum Grouping {
	REGION, OWNER, PARTY, CATEGORY;

	/**
	 * The grouping named in lower case ({@code region}, {@code owner}, {@code party}, {@code category}).
	 *
	 * @throws InvalidInputException on field {@code groupBy} for any other name
	 */
	public static Grouping parse(String name) {
		return EnumNames.parse(Grouping.class, name, "groupBy", "reporting.error.groupBy");
	}

	/** The name as the API and the page parameters spell it. */
	public String value() {
		return EnumNames.value(this);
	}
}
