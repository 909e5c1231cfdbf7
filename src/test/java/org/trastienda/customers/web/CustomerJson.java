package org.trastienda.customers.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Customer request bodies for API tests, with valid defaults and unique tax ids. */
final class CustomerJson {

	private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private CustomerJson() {
	}

	static String uniqueDni() {
		int number = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
		return "%08d%c".formatted(number, LETTERS.charAt(number % 23));
	}

	/** A valid Spanish customer; callers put or replace fields. */
	static Map<String, Object> customer(String legalName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "CUSTOMER");
		body.put("legalName", legalName);
		body.put("tradeName", legalName.replace(" S.L.", ""));
		body.put("taxId", uniqueDni());
		body.put("countryCode", "ES");
		body.put("segment", "Ferretería");
		body.put("email", "info@cliente.test");
		body.put("phone", "+34 911 234 567");
		body.put("address", Map.of("street", "Calle Mayor 1", "postalCode", "28013", "city", "Madrid", "province",
				"Madrid", "countryCode", "ES"));
		body.put("billing", Map.of("invoiceEmail", "facturas@cliente.test", "paymentTermsDays", 30, "creditLimit",
				"1500.00", "iban", "ES9121000418450200051332", "recargoEquivalencia", false, "language", "es"));
		return body;
	}
}
