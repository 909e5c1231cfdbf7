package org.trastienda.customers.web;

import java.math.BigDecimal;

import org.trastienda.customers.BillingData;

/** Billing data as API clients send it; an absent {@code recargoEquivalencia} means false. */
record BillingRequest(String invoiceEmail, Integer paymentTermsDays, BigDecimal creditLimit, String iban,
		Boolean recargoEquivalencia, String language) {

	BillingData toData() {
		return new BillingData(invoiceEmail, paymentTermsDays, creditLimit, iban, Boolean.TRUE.equals(recargoEquivalencia),
				language);
	}
}
