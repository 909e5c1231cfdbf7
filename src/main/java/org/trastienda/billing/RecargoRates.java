package org.trastienda.billing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recargo de equivalencia per VAT rate, kept as data in {@code recargo_rate} (21 → 5.2, 10 → 1.4, 4 → 0.5). */
@Component
class RecargoRates {

	private final JdbcClient jdbc;

	RecargoRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rates for a customer under the regime, or none. */
	Map<BigDecimal, BigDecimal> forCustomer(boolean recargoEquivalencia) {
		Map<BigDecimal, BigDecimal> rates = new HashMap<>();
		if (recargoEquivalencia) {
			jdbc.sql("SELECT vat_rate, recargo_rate FROM recargo_rate")
				.query(rs -> {
					rates.put(rs.getBigDecimal("vat_rate"), rs.getBigDecimal("recargo_rate"));
				});
		}
		return rates;
	}
}
