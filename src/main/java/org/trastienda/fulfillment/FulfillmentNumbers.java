package org.trastienda.fulfillment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out delivery note and return numbers, {@code AL-2026-00042}: per kind of document and
 * year, one after the other, never twice. The counter row stays locked by the creating
 * transaction until it commits, so creations of one kind wait for each other in any app instance;
 * the quantity checks that follow the number therefore see every earlier creation. Reads and
 * writes {@code fulfillment_number_counter}.
 */
@Component
class FulfillmentNumbers {

	/** Returns are numbered {@code DV-2026-00001}. */
	static final String RETURN_PREFIX = "DV";

	private final JdbcClient jdbc;

	FulfillmentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String nextShipment(ShipmentKind kind, int year) {
		return next(kind.name(), kind.prefix(), year);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String nextReturn(int year) {
		return next("RETURN", RETURN_PREFIX, year);
	}

	private String next(String counter, String prefix, int year) {
		// The first document of a year creates the row; a concurrent first one finds it and waits below.
		jdbc.sql("""
				INSERT INTO fulfillment_number_counter (kind, number_year, last_number) VALUES (?, ?, 0)
				ON CONFLICT DO NOTHING""").params(counter, year).update();
		jdbc.sql("UPDATE fulfillment_number_counter SET last_number = last_number + 1 WHERE kind = ? AND number_year = ?")
			.params(counter, year)
			.update();
		int number = jdbc.sql("SELECT last_number FROM fulfillment_number_counter WHERE kind = ? AND number_year = ?")
			.params(counter, year)
			.query(Integer.class)
			.single();
		return "%s-%d-%05d".formatted(prefix, year, number);
	}
}
