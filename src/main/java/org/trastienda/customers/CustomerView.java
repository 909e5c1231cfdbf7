package org.trastienda.customers;

import java.time.Instant;

/** A customer as the API and the pages show it; the field names are the API's. */
public record CustomerView(Long id, long version, String code, CustomerKind kind, String legalName, String tradeName,
		String taxId, String countryCode, String segment, String regionCode, String ownerUsername,
		CustomerStatus status, String email, String phone, String website, Address address, BillingData billing,
		String notes, Instant createdAt, Instant updatedAt) {
}
