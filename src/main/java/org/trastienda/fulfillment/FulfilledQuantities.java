package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quantities of a contract's lines on its shipments and returns, summed in SQL. Reads
 * {@code shipment}, {@code shipment_line}, {@code shipment_return} and {@code shipment_return_line}.
 */
@Component
class FulfilledQuantities {

	/** No quantity, at the scale quantities have. */
	static final BigDecimal ZERO = BigDecimal.ZERO.setScale(3);

	private final JdbcClient jdbc;

	FulfilledQuantities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What one contract line has on shipments and returns.
	 *
	 * @param committed on every shipment, prepared ones included (what may no longer be shipped)
	 * @param shipped on shipments that have left
	 * @param delivered on delivered shipments
	 * @param returned on returns whose goods came back
	 */
	record Quantities(BigDecimal committed, BigDecimal shipped, BigDecimal delivered, BigDecimal returned) {

		static final Quantities NONE = new Quantities(ZERO, ZERO, ZERO, ZERO);
	}

	/** The quantities of each line of the contract that has any, by contract line id. */
	Map<Long, Quantities> ofContract(Long contractId) {
		Map<Long, BigDecimal[]> sums = new HashMap<>();
		jdbc.sql("""
				SELECT sl.contract_line_id,
				       SUM(sl.quantity) AS committed,
				       SUM(CASE WHEN s.status <> 'PREPARED' THEN sl.quantity ELSE 0 END) AS shipped,
				       SUM(CASE WHEN s.status = 'DELIVERED' THEN sl.quantity ELSE 0 END) AS delivered
				FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id
				WHERE s.contract_id = :contract
				GROUP BY sl.contract_line_id""")
			.param("contract", contractId)
			.query(rs -> {
				BigDecimal[] line = sums.computeIfAbsent(rs.getLong("contract_line_id"), id -> zeros());
				line[0] = rs.getBigDecimal("committed");
				line[1] = rs.getBigDecimal("shipped");
				line[2] = rs.getBigDecimal("delivered");
			});
		jdbc.sql("""
				SELECT sl.contract_line_id, SUM(rl.quantity) AS returned
				FROM shipment_return r
				JOIN shipment_return_line rl ON rl.return_id = r.id
				JOIN shipment_line sl ON sl.id = rl.shipment_line_id
				WHERE r.contract_id = :contract AND r.status IN ('RECEIVED', 'CLOSED')
				GROUP BY sl.contract_line_id""")
			.param("contract", contractId)
			.query(rs -> {
				BigDecimal[] line = sums.computeIfAbsent(rs.getLong("contract_line_id"), id -> zeros());
				line[3] = rs.getBigDecimal("returned");
			});
		Map<Long, Quantities> quantities = new HashMap<>();
		sums.forEach((lineId, sum) -> quantities.put(lineId, new Quantities(sum[0], sum[1], sum[2], sum[3])));
		return quantities;
	}

	private static BigDecimal[] zeros() {
		BigDecimal[] zeros = new BigDecimal[4];
		Arrays.fill(zeros, ZERO);
		return zeros;
	}
}
