package org.trastienda.billing.web;

import org.trastienda.billing.CompanyData;
import org.trastienda.customers.Address;

/** The company settings as API clients send them; {@code version} is required. */
record CompanyBody(Long version, String legalName, String taxId, Address address, Integer paymentDays,
		Boolean emailAtIssue) {

	CompanyData toData() {
		return new CompanyData(legalName, taxId, address, paymentDays, emailAtIssue);
	}
}
