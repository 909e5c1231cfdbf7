package org.trastienda.customers.web;

import org.trastienda.customers.Address;
import org.trastienda.customers.CustomerData;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;

/** A customer as API clients send it; {@code version} is required on PUT. */
record CustomerRequest(Long version, CustomerKind kind, String legalName, String tradeName, String taxId,
		String countryCode, String segment, String regionCode, String ownerUsername, CustomerStatus status,
		String email, String phone, String website, Address address, BillingRequest billing, String notes) {

	CustomerData toData() {
		return new CustomerData(kind, legalName, tradeName, taxId, countryCode, segment, regionCode, ownerUsername,
				status, email, phone, website, address, billing == null ? null : billing.toData(), notes);
	}
}
