package org.trastienda.billing;

import org.trastienda.customers.Address;

/**
 * The issuer's data and the invoicing defaults.
 *
 * @param paymentDays days from the issue date to the due date when neither the contract nor the
 * customer has payment terms
 * @param emailAtIssue whether an issued invoice goes to the customer by e-mail at once
 */
public record CompanyView(long version, String legalName, String taxId, Address address, int paymentDays,
		boolean emailAtIssue) {
}
