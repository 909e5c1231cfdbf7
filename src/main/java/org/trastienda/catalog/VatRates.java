package org.trastienda.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The VAT rates products may carry, kept as data in {@code vat_rate} (seeded with the Spanish 21, 10, 4 and 0 %). */
@Component
class VatRates {

	private final JdbcClient jdbc;

	VatRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active rates, highest first, read once for a whole edit or import. */
	Table table() {
		List<Row> rows = jdbc.sql("SELECT rate, code, is_default FROM vat_rate WHERE active ORDER BY rate DESC")
			.query((rs, row) -> new Row(new VatRate(percent(rs.getBigDecimal("rate")), rs.getString("code")),
					rs.getBoolean("is_default")))
			.list();
		return new Table(rows.stream().map(Row::rate).toList(),
				rows.stream().filter(Row::isDefault).map(row -> row.rate().rate()).findFirst().orElse(null));
	}

	private record Row(VatRate rate, boolean isDefault) {
	}

	/** A rate as people write it: {@code 21}, {@code 5.5}, never {@code 21.00}. */
	static BigDecimal percent(BigDecimal rate) {
		if (rate == null) {
			return null;
		}
		BigDecimal plain = rate.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

	/**
	 * The rates at one moment.
	 *
	 * @param general the rate a new product gets when none is given, or null when the table names none
	 */
	record Table(List<VatRate> all, BigDecimal general) {

		Table {
			all = List.copyOf(all);
		}

		/** The catalogue's rate equal to this one ({@code 21.0} finds {@code 21}). */
		Optional<BigDecimal> find(BigDecimal rate) {
			return rate == null ? Optional.empty()
					: all.stream().map(VatRate::rate).filter(known -> known.compareTo(rate) == 0).findFirst();
		}
	}
}
