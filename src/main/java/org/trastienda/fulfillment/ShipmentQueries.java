package org.trastienda.fulfillment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Shipments as the API shows them, in hand-written SQL so the data scope (the contract's region
 * and owner), filters and sorting run in the database. Reads {@code shipment}, {@code shipment_line},
 * {@code shipment_status_change}, {@code shipment_return}, {@code shipment_return_line}, and
 * {@code contract} for its number, party name, owner and region.
 */
@Component
class ShipmentQueries {

	/** The columns a list may be sorted by: API name to SQL expression. */
	static final Map<String, String> SORTABLE = sortable();

	private static final String FROM = " FROM shipment s JOIN contract c ON c.id = s.contract_id";


	private static final String SELECT = """
			SELECT s.id, s.version, s.number, s.kind, s.contract_id, c.number AS contract_number, s.party_id,
			       c.party_name, s.status, s.shipped_on, s.carrier, s.tracking_number, s.ship_mode, s.delivered_on,
			       s.proof_file_id, s.status_note, s.notes, s.created_by, s.created_at, s.updated_at""";

	private final JdbcClient jdbc;

	ShipmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<ShipmentView> search(DataScope scope, ShipmentFilter filter, Pageable pageable) {
		return conditions(scope, filter).page(jdbc, SELECT, FROM,
				Conditions.orderBy(pageable.getSort(), SORTABLE, "s.id DESC"), pageable, ShipmentQueries::header,
				this::withLines);
	}

	Optional<ShipmentView> find(DataScope scope, Long id) {
		Conditions where = Conditions.scoped(scope).require("s.id = :id", "id", id);
		return where.bind(jdbc.sql(SELECT + FROM + where.sql()))
			.query(ShipmentQueries::header)
			.optional()
			.map(header -> withLines(List.of(header)).get(0));
	}

	/** The statuses the shipment has been in, oldest first. */
	List<StatusChangeView> statusChanges(Long shipmentId) {
		return jdbc.sql("""
				SELECT status, occurred_on, note, source, recorded_by, recorded_at
				FROM shipment_status_change WHERE shipment_id = ? ORDER BY id""")
			.param(shipmentId)
			.query((rs, row) -> new StatusChangeView(ShipmentStatus.valueOf(rs.getString("status")),
					rs.getObject("occurred_on", LocalDate.class), rs.getString("note"),
					StatusSource.valueOf(rs.getString("source")), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private static Conditions conditions(DataScope scope, ShipmentFilter filter) {
		return Conditions.scoped(scope)
			.containing(filter.q(), "s.number", "s.tracking_number", "c.number", "c.party_name")
			.and("s.kind = :kind", "kind", filter.kind())
			.and("s.status = :status", "status", filter.status())
			.and("s.contract_id = :contractId", "contractId", filter.contractId())
			.and("s.party_id = :partyId", "partyId", filter.partyId())
			.and("s.shipped_on >= :shippedFrom", "shippedFrom", filter.shippedFrom())
			.and("s.shipped_on <= :shippedTo", "shippedTo", filter.shippedTo());
	}

	private List<ShipmentView> withLines(List<ShipmentView> headers) {
		Map<Long, List<ShipmentLineView>> lines = lines(headers.stream().map(ShipmentView::id).toList());
		return headers.stream().map(header -> withLines(header, lines.getOrDefault(header.id(), List.of()))).toList();
	}

	/** Each shipment's lines with what came back and what a new return may still take. */
	private Map<Long, List<ShipmentLineView>> lines(Collection<Long> shipmentIds) {
		Map<Long, List<ShipmentLineView>> lines = new HashMap<>();
		jdbc.sql("""
				SELECT sl.shipment_id, sl.id, sl.position, sl.contract_line_id, sl.product_id, sl.description, sl.unit,
				       sl.unit_net_price, sl.quantity,
				       COALESCE(SUM(CASE WHEN r.status IN ('RECEIVED', 'CLOSED') THEN rl.quantity END), 0) AS returned,
				       COALESCE(SUM(CASE WHEN r.status <> 'REJECTED' THEN rl.quantity END), 0) AS claimed
				FROM shipment_line sl
				LEFT JOIN shipment_return_line rl ON rl.shipment_line_id = sl.id
				LEFT JOIN shipment_return r ON r.id = rl.return_id
				WHERE sl.shipment_id IN (:ids)
				GROUP BY sl.shipment_id, sl.id, sl.position, sl.contract_line_id, sl.product_id, sl.description, sl.unit,
				         sl.unit_net_price, sl.quantity
				ORDER BY sl.shipment_id, sl.position""")
			.param("ids", shipmentIds)
			.query(rs -> {
				BigDecimal quantity = rs.getBigDecimal("quantity");
				BigDecimal price = rs.getBigDecimal("unit_net_price");
				lines.computeIfAbsent(rs.getLong("shipment_id"), id -> new ArrayList<>())
					.add(new ShipmentLineView(rs.getLong("id"), rs.getLong("contract_line_id"),
							rs.getObject("product_id", Long.class), rs.getString("description"), rs.getString("unit"),
							price, quantity, value(quantity, price), quantity(rs.getBigDecimal("returned")),
							quantity(quantity.subtract(rs.getBigDecimal("claimed")))));
			});
		return lines;
	}

	/** Quantity × net unit price in cents. */
	static BigDecimal value(BigDecimal quantity, BigDecimal unitNetPrice) {
		return quantity.multiply(unitNetPrice).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal quantity(BigDecimal value) {
		return value.setScale(3, RoundingMode.HALF_UP);
	}

	private static ShipmentView header(ResultSet rs, int row) throws SQLException {
		return new ShipmentView(rs.getLong("id"), rs.getLong("version"), rs.getString("number"),
				ShipmentKind.valueOf(rs.getString("kind")), rs.getLong("contract_id"), rs.getString("contract_number"),
				rs.getLong("party_id"), rs.getString("party_name"), ShipmentStatus.valueOf(rs.getString("status")),
				rs.getObject("shipped_on", LocalDate.class), rs.getString("carrier"), rs.getString("tracking_number"),
				ShipMode.valueOf(rs.getString("ship_mode")), rs.getObject("delivered_on", LocalDate.class),
				rs.getObject("proof_file_id", Long.class), rs.getString("status_note"), rs.getString("notes"), List.of(),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static ShipmentView withLines(ShipmentView s, List<ShipmentLineView> lines) {
		return new ShipmentView(s.id(), s.version(), s.number(), s.kind(), s.contractId(), s.contractNumber(),
				s.partyId(), s.partyName(), s.status(), s.shippedOn(), s.carrier(), s.trackingNumber(), s.shipMode(),
				s.deliveredOn(), s.proofOfDeliveryFileId(), s.statusNote(), s.notes(), List.copyOf(lines), s.createdBy(),
				s.createdAt(), s.updatedAt());
	}

	private static Map<String, String> sortable() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("number", "s.number");
		columns.put("shippedOn", "s.shipped_on");
		columns.put("deliveredOn", "s.delivered_on");
		columns.put("status", "s.status");
		columns.put("contractNumber", "c.number");
		columns.put("partyName", "c.party_name");
		columns.put("createdAt", "s.created_at");
		return Collections.unmodifiableMap(columns);
	}
}
