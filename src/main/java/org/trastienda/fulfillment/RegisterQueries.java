package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trastienda.identity.DataScope;

/**
 * The shipments-and-returns register in SQL: shipments that left in the period and returns whose
 * goods came back in it, summed by group and currency at the shipped net unit prices. Receipts of
 * purchase contracts are not part of it. Reads {@code shipment}, {@code shipment_line},
 * {@code shipment_return}, {@code shipment_return_line} and {@code contract} (scope, party name,
 * number, currency); the indexes on the shipped and received days ship in V15_1.
 */
@Component
class RegisterQueries {

	private static final String TOTAL = "TOTAL";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	RegisterQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A group's sums in one currency, as the two queries find them. */
	private record Sums(String key, String label, String currency, BigDecimal quantity, BigDecimal value) {
	}

	RegisterView register(DataScope scope, RegisterFilter filter, RegisterGrouping groupBy) {
		List<Sums> shipped = groupBy == RegisterGrouping.REASON ? List.of() : shipped(scope, filter, groupBy);
		List<Sums> returned = returned(scope, filter, groupBy);
		Map<String, BigDecimal> shippedByCurrency = new LinkedHashMap<>();
		Map<String, BigDecimal> shippedValueByCurrency = new LinkedHashMap<>();
		for (Sums sums : groupBy == RegisterGrouping.REASON ? shipped(scope, filter, null) : shipped) {
			shippedByCurrency.merge(sums.currency(), sums.quantity(), BigDecimal::add);
			shippedValueByCurrency.merge(sums.currency(), sums.value(), BigDecimal::add);
		}
		Map<String, RegisterRow> rows = new LinkedHashMap<>();
		shipped.forEach(sums -> rows.put(sums.key() + "|" + sums.currency(),
				new RegisterRow(sums.key(), sums.label(), sums.currency(), sums.quantity(), money(sums.value()), null,
						null, null)));
		for (Sums sums : returned) {
			RegisterRow row = rows.get(sums.key() + "|" + sums.currency());
			BigDecimal base = groupBy == RegisterGrouping.REASON ? shippedByCurrency.get(sums.currency())
					: row == null ? null : row.shippedQuantity();
			rows.put(sums.key() + "|" + sums.currency(), new RegisterRow(sums.key(),
					row == null ? sums.label() : row.label(), sums.currency(), row == null ? null : row.shippedQuantity(),
					row == null ? null : row.shippedValue(), sums.quantity(), money(sums.value()), rate(sums.quantity(), base)));
		}
		List<RegisterRow> ordered = new ArrayList<>(rows.values());
		ordered.sort(Comparator.comparing(RegisterRow::label, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(RegisterRow::currency));
		return new RegisterView(filter.from(), filter.to(), groupBy, List.copyOf(ordered),
				totals(shippedByCurrency, shippedValueByCurrency, returned));
	}

	/** One row per currency: everything shipped and returned in the period. */
	private static List<RegisterRow> totals(Map<String, BigDecimal> shipped, Map<String, BigDecimal> shippedValue,
			List<Sums> returned) {
		Map<String, BigDecimal> returnedQuantity = new LinkedHashMap<>();
		Map<String, BigDecimal> returnedValue = new LinkedHashMap<>();
		returned.forEach(sums -> {
			returnedQuantity.merge(sums.currency(), sums.quantity(), BigDecimal::add);
			returnedValue.merge(sums.currency(), sums.value(), BigDecimal::add);
		});
		List<String> currencies = new ArrayList<>(shipped.keySet());
		returnedQuantity.keySet().stream().filter(currency -> !currencies.contains(currency)).forEach(currencies::add);
		return currencies.stream().sorted().map(currency -> new RegisterRow(TOTAL, TOTAL, currency,
				shipped.get(currency), money(shippedValue.get(currency)), returnedQuantity.get(currency),
				money(returnedValue.get(currency)), rate(returnedQuantity.get(currency), shipped.get(currency)))).toList();
	}

	/** Shipments that left in the period, by group ({@code groupBy} null: one group per currency). */
	private List<Sums> shipped(DataScope scope, RegisterFilter filter, RegisterGrouping groupBy) {
		Conditions where = common(scope, filter)
			.and("s.shipped_on >= :from", "from", filter.from())
			.and("s.shipped_on <= :to", "to", filter.to())
			.and("s.kind = 'SHIPMENT'")
			.and("s.status <> 'PREPARED'");
		String key = groupBy == null ? "'" + TOTAL + "'" : groupBy.key("s.shipped_on");
		String label = groupBy == null ? "'" + TOTAL + "'" : groupBy.label("s.shipped_on");
		String groups = groupBy == null ? "c.currency" : key + ", c.currency";
		return where.bind(jdbc.sql("SELECT " + key + " AS group_key, " + label + """
				 AS label, c.currency, SUM(sl.quantity) AS quantity, SUM(sl.quantity * sl.unit_net_price) AS amount
				FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id JOIN contract c ON c.id = s.contract_id
				""" + where.sql() + " GROUP BY " + groups))
			.query((rs, row) -> new Sums(rs.getString("group_key"), rs.getString("label"), rs.getString("currency"),
					rs.getBigDecimal("quantity"), rs.getBigDecimal("amount")))
			.list();
	}

	/** Returns whose goods came back in the period, by group. */
	private List<Sums> returned(DataScope scope, RegisterFilter filter, RegisterGrouping groupBy) {
		Conditions where = common(scope, filter)
			.and("r.received_on >= :from", "from", filter.from())
			.and("r.received_on <= :to", "to", filter.to())
			.and("r.reason_code = :reason", "reason", filter.reason())
			.and("r.status IN ('RECEIVED', 'CLOSED')");
		String key = groupBy.key("r.received_on");
		return where.bind(jdbc.sql("SELECT " + key + " AS group_key, " + groupBy.label("r.received_on") + """
				 AS label, c.currency, SUM(rl.quantity) AS quantity, SUM(rl.quantity * sl.unit_net_price) AS amount
				FROM shipment_return r
				JOIN shipment_return_line rl ON rl.return_id = r.id
				JOIN shipment_line sl ON sl.id = rl.shipment_line_id
				JOIN shipment s ON s.id = r.shipment_id
				JOIN contract c ON c.id = r.contract_id
				""" + where.sql() + " GROUP BY " + key + ", c.currency"))
			.query((rs, row) -> new Sums(rs.getString("group_key"), rs.getString("label"), rs.getString("currency"),
					rs.getBigDecimal("quantity"), rs.getBigDecimal("amount")))
			.list();
	}

	/** The scope and the filters shipments and returns share. */
	private static Conditions common(DataScope scope, RegisterFilter filter) {
		return Conditions.scoped(scope)
			.and("s.party_id = :partyId", "partyId", filter.partyId())
			.and("sl.product_id = :productId", "productId", filter.productId())
			.and("s.contract_id = :contractId", "contractId", filter.contractId());
	}

	private static BigDecimal money(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal rate(BigDecimal returned, BigDecimal shipped) {
		return returned == null || shipped == null || shipped.signum() == 0 ? null
				: returned.multiply(HUNDRED).divide(shipped, 2, RoundingMode.HALF_UP);
	}
}
