package org.trastienda.contracts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trastienda.identity.DataScope;

/**
 * Contracts as the API shows them, in hand-written SQL so the data scope, filters and sorting run
 * in the database. Reads {@code contract}, {@code contract_line}, and {@code app_user} and
 * {@code region} for the owner's username and the region's code.
 */
@Component
class ContractQueries {

	/** The columns a list may be sorted by: API name to SQL expression. */
	static final Map<String, String> SORTABLE = sortable();

	private static final String FROM = """
			FROM contract c
			LEFT JOIN app_user u ON u.id = c.owner_id
			LEFT JOIN region r ON r.id = c.region_id
			""";

	private static final String SELECT = """
			SELECT c.id, c.version, c.number, c.kind, c.party_id, c.title, c.signed_on, c.starts_on, c.ends_on,
			       c.currency, c.payment_terms_days, u.username AS owner_username, r.code AS region_code, c.status,
			       c.net_total, c.vat_total, c.gross_total, c.party_name, c.notes, c.status_comment, c.revision,
			       c.author, c.created_at, c.updated_at, c.over_delivery_tolerance_percent, c.invoicing_in_advance
			""" + FROM;

	private final JdbcClient jdbc;

	ContractQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of contracts with their lines; {@code pageable} sorts by API names of {@link #SORTABLE}. */
	Page<ContractView> search(DataScope scope, ContractFilter filter, Pageable pageable) {
		Conditions where = Conditions.of(scope, filter);
		long total = where.bind(jdbc.sql("SELECT COUNT(*) " + FROM + where.sql())).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<ContractView> headers = where
			.bind(jdbc.sql(SELECT + where.sql() + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset"))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ContractQueries::header)
			.list();
		return new PageImpl<>(withLines(headers), pageable, total);
	}

	/** The contract if the scope sees it. */
	Optional<ContractView> find(DataScope scope, Long id) {
		Conditions where = Conditions.of(scope, ContractFilter.none()).and("c.id = :id", "id", id);
		return where.bind(jdbc.sql(SELECT + where.sql()))
			.query(ContractQueries::header)
			.optional()
			.map(header -> withLines(List.of(header)).get(0));
	}

	/** Every matching contract without its lines, in order, one at a time: for exports. */
	void forEach(DataScope scope, ContractFilter filter, Sort sort, Consumer<ContractView> action) {
		Conditions where = Conditions.of(scope, filter);
		try (Stream<ContractView> rows = where.bind(jdbc.sql(SELECT + where.sql() + orderBy(sort)))
			.withFetchSize(500)
			.query(ContractQueries::header)
			.stream()) {
			rows.forEach(action);
		}
	}

	private List<ContractView> withLines(List<ContractView> headers) {
		Map<Long, List<ContractLineView>> lines = lines(headers.stream().map(ContractView::id).toList());
		return headers.stream().map(header -> withLines(header, lines.getOrDefault(header.id(), List.of()))).toList();
	}

	private Map<Long, List<ContractLineView>> lines(Collection<Long> contractIds) {
		Map<Long, List<ContractLineView>> lines = new HashMap<>();
		if (contractIds.isEmpty()) {
			return lines;
		}
		jdbc.sql("""
				SELECT contract_id, id, product_id, description, quantity, unit, unit_price, discount_percent, vat_rate,
				       net_amount, vat_amount
				FROM contract_line WHERE contract_id IN (:ids) ORDER BY contract_id, position""")
			.param("ids", contractIds)
			.query(rs -> {
				lines.computeIfAbsent(rs.getLong("contract_id"), id -> new ArrayList<>())
					.add(new ContractLineView(rs.getLong("id"), rs.getObject("product_id", Long.class),
							rs.getString("description"), rs.getBigDecimal("quantity"), rs.getString("unit"),
							rs.getBigDecimal("unit_price"), rs.getBigDecimal("discount_percent"),
							rs.getBigDecimal("vat_rate"), rs.getBigDecimal("net_amount"), rs.getBigDecimal("vat_amount")));
			});
		return lines;
	}

	private static ContractView header(ResultSet rs, int row) throws SQLException {
		return new ContractView(rs.getLong("id"), rs.getLong("version"), rs.getString("number"),
				ContractKind.valueOf(rs.getString("kind")), rs.getLong("party_id"), rs.getString("title"),
				rs.getObject("signed_on", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("currency"),
				rs.getObject("payment_terms_days", Integer.class), rs.getString("owner_username"),
				rs.getString("region_code"), ContractStatus.valueOf(rs.getString("status")), List.of(),
				rs.getBigDecimal("net_total"), rs.getBigDecimal("vat_total"), rs.getBigDecimal("gross_total"),
				rs.getString("party_name"), rs.getString("notes"), rs.getString("status_comment"), rs.getInt("revision"),
				rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getBigDecimal("over_delivery_tolerance_percent"),
				rs.getBoolean("invoicing_in_advance"));
	}

	private static ContractView withLines(ContractView c, List<ContractLineView> lines) {
		return new ContractView(c.id(), c.version(), c.number(), c.kind(), c.partyId(), c.title(), c.signedOn(),
				c.startsOn(), c.endsOn(), c.currency(), c.paymentTermsDays(), c.ownerUsername(), c.regionCode(),
				c.status(), List.copyOf(lines), c.netTotal(), c.vatTotal(), c.grossTotal(), c.partyName(), c.notes(),
				c.statusComment(), c.revision(), c.author(), c.createdAt(), c.updatedAt(), c.overDeliveryTolerancePercent(),
				c.invoicingInAdvance());
	}

	private static String orderBy(Sort sort) {
		List<String> terms = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTABLE.get(order.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("not a sortable contract column: " + order.getProperty());
			}
			terms.add(column + (order.isAscending() ? " ASC" : " DESC"));
		}
		terms.add("c.id DESC");
		return " ORDER BY " + String.join(", ", terms);
	}

	private static Map<String, String> sortable() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("number", "c.number");
		columns.put("kind", "c.kind");
		columns.put("title", "c.title");
		columns.put("partyName", "c.party_name");
		columns.put("status", "c.status");
		columns.put("signedOn", "c.signed_on");
		columns.put("startsOn", "c.starts_on");
		columns.put("endsOn", "c.ends_on");
		columns.put("netTotal", "c.net_total");
		columns.put("grossTotal", "c.gross_total");
		columns.put("ownerUsername", "u.username");
		columns.put("regionCode", "r.code");
		columns.put("createdAt", "c.created_at");
		columns.put("updatedAt", "c.updated_at");
		return Collections.unmodifiableMap(columns);
	}

	/** The WHERE clause of a list: the data scope and the filters, with their named parameters. */
	private record Conditions(List<String> terms, Map<String, Object> params) {

		static Conditions of(DataScope scope, ContractFilter filter) {
			Conditions where = new Conditions(new ArrayList<>(), new HashMap<>());
			switch (scope.kind()) {
				case ALL -> {
				}
				case REGION -> where.and("c.region_id = :scopeRegion", "scopeRegion", scope.regionId());
				case OWNER -> where.and("c.owner_id = :scopeOwner", "scopeOwner", scope.ownerId());
			}
			String q = Texts.clean(filter.q());
			if (q != null) {
				where.and("c.search_text LIKE :q ESCAPE '\\'", "q", "%" + q.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			if (filter.kind() != null) {
				where.and("c.kind = :kind", "kind", filter.kind().name());
			}
			if (filter.status() != null) {
				where.and("c.status = :status", "status", filter.status().name());
			}
			if (filter.partyId() != null) {
				where.and("c.party_id = :partyId", "partyId", filter.partyId());
			}
			String owner = Texts.clean(filter.owner());
			if (owner != null) {
				where.and("u.username = :owner", "owner", owner);
			}
			String region = Texts.clean(filter.region());
			if (region != null) {
				where.and("r.code = :region", "region", region.toUpperCase(Locale.ROOT));
			}
			if (filter.signedFrom() != null) {
				where.and("c.signed_on >= :signedFrom", "signedFrom", filter.signedFrom());
			}
			if (filter.signedTo() != null) {
				where.and("c.signed_on <= :signedTo", "signedTo", filter.signedTo());
			}
			return where;
		}

		/** Adds a condition; a null parameter value matches nothing (a region scope without a region). */
		Conditions and(String condition, String name, Object value) {
			if (value == null) {
				terms.add("1 = 0");
			}
			else {
				terms.add(condition);
				params.put(name, value);
			}
			return this;
		}

		String sql() {
			return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.params(params);
		}
	}
}
