package org.trastienda.customers;

import java.math.BigDecimal;

/** How we invoice the customer. {@code language} is {@code es} or {@code en}. */
public record BillingData(String invoiceEmail, Integer paymentTermsDays, BigDecimal creditLimit, String iban,
		boolean recargoEquivalencia, String language) {
}
