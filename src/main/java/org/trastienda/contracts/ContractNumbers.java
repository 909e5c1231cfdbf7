package org.trastienda.contracts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out contract numbers, {@code CV-2026-00042}: per kind and year, one after the other,
 * never twice. The counter row of the kind and year stays locked by the creating transaction
 * until it commits, so concurrent creations (in any app instance) wait for each other, and a
 * creation that rolls back gives its number back unused. Reads and writes
 * {@code contract_number_counter}.
 */
@Component
class ContractNumbers {

	private final JdbcClient jdbc;

	ContractNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(ContractKind kind, int year) {
		// The first contract of a year creates the row; a concurrent first one finds it and waits below.
		jdbc.sql("""
				INSERT INTO contract_number_counter (kind, number_year, last_number) VALUES (?, ?, 0)
				ON CONFLICT DO NOTHING""").params(kind.name(), year).update();
		jdbc.sql("UPDATE contract_number_counter SET last_number = last_number + 1 WHERE kind = ? AND number_year = ?")
			.params(kind.name(), year)
			.update();
		int number = jdbc.sql("SELECT last_number FROM contract_number_counter WHERE kind = ? AND number_year = ?")
			.params(kind.name(), year)
			.query(Integer.class)
			.single();
		return format(kind, year, number);
	}

	static String format(ContractKind kind, int year, int number) {
		return "%s-%d-%05d".formatted(kind.prefix(), year, number);
	}
}
