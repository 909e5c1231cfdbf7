package org.trastienda.billing;

import org.trastienda.customers.Address;

/** The issuer's data and invoicing defaults as the administrator writes them; null defaults keep their value. */
public record CompanyData(String legalName, String taxId, Address address, Integer paymentDays,
		Boolean emailAtIssue) {
}
