package org.trastienda.customers;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Assigns customer codes ({@code CLI-000123}) from {@code customer_code_seq}. */
@Component
class CustomerCodes {

	private final JdbcClient jdbc;

	CustomerCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next() {
		return format(jdbc.sql("SELECT nextval('customer_code_seq')").query(Long.class).single());
	}

	/** Several codes in one round trip, for imports. */
	List<String> next(int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.sql("SELECT nextval('customer_code_seq') FROM generate_series(1, :count)")
			.param("count", count)
			.query(Long.class)
			.list()
			.stream()
			.map(CustomerCodes::format)
			.toList();
	}

	private static String format(long number) {
		return "CLI-%06d".formatted(number);
	}
}
