package org.trastienda.customers;

/**
 * What a user writes when creating or editing a customer. {@code status} may be null on create
 * (ACTIVE); {@code ownerUsername} null means the creating user.
 */
public record CustomerData(CustomerKind kind, String legalName, String tradeName, String taxId, String countryCode,
		String segment, String regionCode, String ownerUsername, CustomerStatus status, String email, String phone,
		String website, Address address, BillingData billing, String notes) {
}
