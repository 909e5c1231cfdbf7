package org.trastienda.customers;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique Spanish DNIs for tests that share one database. */
public final class TestTaxIds {

	private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private TestTaxIds() {
	}

	public static String nextDni() {
		int number = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
		return "%08d%c".formatted(number, LETTERS.charAt(number % 23));
	}
}
