package org.trastienda.customers;

/** A contact person of a customer. */
public record ContactView(Long id, long version, String name, String position, String email, String phone,
		String mobile, boolean primary) {
}
