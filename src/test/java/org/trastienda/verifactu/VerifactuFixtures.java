package org.trastienda.verifactu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Unique issuers and invoices, so tests sharing one database each get a chain of their own. */
final class VerifactuFixtures {

	static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 2);

	private VerifactuFixtures() {
	}

	/** A tax id no other test uses: a letter T, so it can never be a demo or customer NIF. */
	static String issuer() {
		return "T%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static InvoiceRegistration invoice(String issuer, String seriesNumber) {
		return new InvoiceRegistration(issuer, seriesNumber, ISSUED_ON, "F1", new BigDecimal("21.00"),
				new BigDecimal("121.00"), null);
	}
}
