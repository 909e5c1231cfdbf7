package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trastienda.identity.DataScope;

/**
 * Returns as the API shows them, in hand-written SQL under the data scope of their contract. Reads
 * {@code shipment_return}, {@code shipment_return_line}, {@code shipment}, {@code shipment_line}, and
 * {@code contract} for its number, party name, owner and region.
 */
@Component
class ReturnQueries {

	/** The columns a list may be sorted by: API name to SQL expression. */
	static final Map<String, String> SORTABLE = sortable();

	private static final String FROM = " FROM shipment_return r JOIN shipment s ON s.id = r.shipment_id"
			+ " JOIN contract c ON c.id = r.contract_id";

	private static final String SELECT = """
			SELECT r.id, r.version, r.number, r.shipment_id, s.number AS shipment_number, r.contract_id,
			       c.number AS contract_number, s.party_id, c.party_name, r.status, r.reason_code, r.reason_text,
			       r.requested_on, r.registered_by, r.registered_at, r.verified_by, r.verified_at, r.verification_note,
			       r.received_on, r.goods_condition, r.received_by, r.closed_by, r.closed_at, r.rejection_reason,
			       r.rejected_by, r.rejected_at""";

	private final JdbcClient jdbc;

	ReturnQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<ReturnView> search(DataScope scope, ReturnFilter filter, Pageable pageable) {
		Conditions where = Conditions.scoped(scope)
			.containing(filter.q(), "r.number", "s.number", "c.number", "c.party_name")
			.and("r.status = :status", "status", filter.status())
			.and("r.reason_code = :reason", "reason", filter.reason())
			.and("r.contract_id = :contractId", "contractId", filter.contractId())
			.and("r.shipment_id = :shipmentId", "shipmentId", filter.shipmentId())
			.and("r.requested_on >= :requestedFrom", "requestedFrom", filter.requestedFrom())
			.and("r.requested_on <= :requestedTo", "requestedTo", filter.requestedTo());
		return where.page(jdbc, SELECT, FROM, Conditions.orderBy(pageable.getSort(), SORTABLE, "r.id DESC"), pageable,
				ReturnQueries::header, this::withLines);
	}

	Optional<ReturnView> find(DataScope scope, Long id) {
		Conditions where = Conditions.scoped(scope).require("r.id = :id", "id", id);
		return where.bind(jdbc.sql(SELECT + FROM + where.sql()))
			.query(ReturnQueries::header)
			.optional()
			.map(header -> withLines(List.of(header)).get(0));
	}

	private List<ReturnView> withLines(List<ReturnView> headers) {
		Map<Long, List<ReturnLineView>> lines = lines(headers.stream().map(ReturnView::id).toList());
		return headers.stream().map(header -> withLines(header, lines.getOrDefault(header.id(), List.of()))).toList();
	}

	private Map<Long, List<ReturnLineView>> lines(Collection<Long> returnIds) {
		Map<Long, List<ReturnLineView>> lines = new HashMap<>();
		jdbc.sql("""
				SELECT rl.return_id, rl.id, rl.shipment_line_id, sl.contract_line_id, sl.description, sl.unit,
				       sl.unit_net_price, rl.quantity
				FROM shipment_return_line rl JOIN shipment_line sl ON sl.id = rl.shipment_line_id
				WHERE rl.return_id IN (:ids) ORDER BY rl.return_id, rl.position""")
			.param("ids", returnIds)
			.query(rs -> {
				BigDecimal quantity = rs.getBigDecimal("quantity");
				lines.computeIfAbsent(rs.getLong("return_id"), id -> new ArrayList<>())
					.add(new ReturnLineView(rs.getLong("id"), rs.getLong("shipment_line_id"),
							rs.getLong("contract_line_id"), rs.getString("description"), rs.getString("unit"), quantity,
							ShipmentQueries.value(quantity, rs.getBigDecimal("unit_net_price"))));
			});
		return lines;
	}

	private static ReturnView header(ResultSet rs, int row) throws SQLException {
		String condition = rs.getString("goods_condition");
		return new ReturnView(rs.getLong("id"), rs.getLong("version"), rs.getString("number"),
				rs.getLong("shipment_id"), rs.getString("shipment_number"), rs.getLong("contract_id"),
				rs.getString("contract_number"), rs.getLong("party_id"), rs.getString("party_name"),
				ReturnStatus.valueOf(rs.getString("status")), ReturnReason.valueOf(rs.getString("reason_code")),
				rs.getString("reason_text"), rs.getObject("requested_on", LocalDate.class), List.of(), BigDecimal.ZERO,
				rs.getString("registered_by"), instant(rs.getTimestamp("registered_at")), rs.getString("verified_by"),
				instant(rs.getTimestamp("verified_at")), rs.getString("verification_note"),
				rs.getObject("received_on", LocalDate.class),
				condition == null ? null : GoodsCondition.valueOf(condition), rs.getString("received_by"),
				rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")), rs.getString("rejection_reason"),
				rs.getString("rejected_by"), instant(rs.getTimestamp("rejected_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static ReturnView withLines(ReturnView r, List<ReturnLineView> lines) {
		BigDecimal value = lines.stream().map(ReturnLineView::value).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return new ReturnView(r.id(), r.version(), r.number(), r.shipmentId(), r.shipmentNumber(), r.contractId(),
				r.contractNumber(), r.partyId(), r.partyName(), r.status(), r.reason(), r.reasonText(), r.requestedOn(),
				List.copyOf(lines), value, r.registeredBy(), r.registeredAt(), r.verifiedBy(), r.verifiedAt(),
				r.verificationNote(), r.receivedOn(), r.condition(), r.receivedBy(), r.closedBy(), r.closedAt(),
				r.rejectionReason(), r.rejectedBy(), r.rejectedAt());
	}

	private static Map<String, String> sortable() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("number", "r.number");
		columns.put("requestedOn", "r.requested_on");
		columns.put("receivedOn", "r.received_on");
		columns.put("status", "r.status");
		columns.put("reason", "r.reason_code");
		columns.put("partyName", "c.party_name");
		columns.put("contractNumber", "c.number");
		return Collections.unmodifiableMap(columns);
	}
}
