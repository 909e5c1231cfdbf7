package org.trastienda.customers;

/** List filters; each null means "any". {@code q} is a fragment of name, trade name, tax id, contact or e-mail. */
public record CustomerFilter(String q, CustomerKind kind, String regionCode, String ownerUsername,
		CustomerStatus status) {

	public static CustomerFilter none() {
		return new CustomerFilter(null, null, null, null, null);
	}
}
