package org.trastienda.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.TaxId;

/**
 * The customer list and detail as the API shows them, in hand-written SQL so the data scope,
 * filters and sorting (also by owner and region) run in the database. Reads {@code customer},
 * {@code customer_certificate}, and {@code region} and {@code app_user} for their codes and names.
 */
@Component
class CustomerQueries {

	/** The columns a list may be sorted by: API name to SQL expression. */
	static final Map<String, String> SORTABLE = sortable();

	/**
	 * Up to this many matches of a text search, a page sorts the matches; beyond, it walks the sort
	 * order (an index) until it has found the page, as PostgreSQL otherwise always does. The planner
	 * cannot know that a name fragment's matches sit together in name order (all the Vinos ... at the
	 * end), so it walks past most of the archive before reaching them.
	 */
	static final int SORTED_MATCHES_LIMIT = 10_000;

	private static final String JOINS = """
			LEFT JOIN region r ON r.id = c.region_id
			LEFT JOIN app_user u ON u.id = c.owner_id
			""";

	private static final String FROM = "FROM customer c\n" + JOINS;

	private static final String COLUMNS = """
			SELECT c.id, c.version, c.code, c.kind, c.legal_name, c.trade_name, c.tax_id, c.country_code, c.segment,
			       r.code AS region_code, u.username AS owner_username, c.status, c.email, c.phone, c.website,
			       c.street, c.postal_code, c.city, c.province, c.address_country_code,
			       c.invoice_email, c.payment_terms_days, c.credit_limit, c.iban, c.recargo_equivalencia, c.language,
			       c.notes, c.created_at, c.updated_at
			""";

	private static final String SELECT = COLUMNS + FROM;

	private final JdbcClient jdbc;

	CustomerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<CustomerView> search(DataScope scope, CustomerFilter filter, Pageable pageable) {
		Where where = Where.of(scope, filter);
		long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM customer c" + where.sql)).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		// OFFSET 0 keeps the planner from merging the matches into the sorted walk
		String rows = where.byText() && total <= SORTED_MATCHES_LIMIT
				? "FROM (SELECT * FROM customer c" + where.sql + " OFFSET 0 ROWS) c\n" + JOINS : FROM + where.sql;
		List<CustomerView> content = where
			.bind(jdbc.sql(COLUMNS + rows + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset"))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(CustomerQueries::view)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	Optional<CustomerView> find(DataScope scope, Long id) {
		Where where = Where.of(scope, CustomerFilter.none()).and("c.id = :id", "id", id);
		return where.bind(jdbc.sql(SELECT + where.sql)).query(CustomerQueries::view).optional();
	}

	/** Every matching customer, in order, one at a time: for exports that must not hold the list in memory. */
	void forEach(DataScope scope, CustomerFilter filter, Sort sort, Consumer<CustomerView> action) {
		Where where = Where.of(scope, filter);
		try (Stream<CustomerView> rows = where.bind(jdbc.sql(SELECT + where.sql + orderBy(sort)))
			.withFetchSize(500)
			.query(CustomerQueries::view)
			.stream()) {
			rows.forEach(action);
		}
	}

	/** Certificates of non-archived customers in scope expiring between the two dates, soonest first. */
	List<ExpiringCertificate> certificatesExpiring(DataScope scope, LocalDate from, LocalDate to, int limit,
			ExpiryPolicy expiry) {
		Where where = Where.of(scope, CustomerFilter.none())
			.and("c.status <> 'ARCHIVED'", null, null)
			.and("cc.expires_on >= :from", "from", from)
			.and("cc.expires_on <= :to", "to", to);
		return where.bind(jdbc.sql("""
				SELECT cc.id, cc.customer_id, c.code, c.legal_name, u.username AS owner_username, cc.type, cc.number,
				       cc.expires_on
				FROM customer_certificate cc
				JOIN customer c ON c.id = cc.customer_id
				LEFT JOIN region r ON r.id = c.region_id
				LEFT JOIN app_user u ON u.id = c.owner_id
				""" + where.sql + " ORDER BY cc.expires_on, cc.id LIMIT :limit"))
			.param("limit", limit)
			.query((rs, row) -> {
				LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
				return new ExpiringCertificate(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("code"),
						rs.getString("legal_name"), rs.getString("owner_username"), rs.getString("type"),
						rs.getString("number"), expiresOn, expiry.stateOf(expiresOn));
			})
			.list();
	}

	static Sort checkedSort(Sort sort) {
		List<FieldError> errors = new ArrayList<>();
		for (Sort.Order order : sort) {
			if (!SORTABLE.containsKey(order.getProperty())) {
				errors.add(new FieldError("sort", "customers.error.sort", order.getProperty(),
						String.join(", ", SORTABLE.keySet())));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return sort;
	}

	private static String orderBy(Sort sort) {
		List<String> terms = new ArrayList<>();
		for (Sort.Order order : checkedSort(sort)) {
			terms.add(SORTABLE.get(order.getProperty()) + (order.isAscending() ? " ASC" : " DESC"));
		}
		if (terms.isEmpty()) {
			terms.add("c.legal_name ASC");
		}
		terms.add("c.id ASC");
		return " ORDER BY " + String.join(", ", terms);
	}

	private static CustomerView view(ResultSet rs, int row) throws SQLException {
		return new CustomerView(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
				CustomerKind.valueOf(rs.getString("kind")), rs.getString("legal_name"), rs.getString("trade_name"),
				rs.getString("tax_id"), rs.getString("country_code"), rs.getString("segment"),
				rs.getString("region_code"), rs.getString("owner_username"),
				CustomerStatus.valueOf(rs.getString("status")), rs.getString("email"), rs.getString("phone"),
				rs.getString("website"),
				new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
						rs.getString("province"), rs.getString("address_country_code")),
				new BillingData(rs.getString("invoice_email"), rs.getObject("payment_terms_days", Integer.class),
						rs.getBigDecimal("credit_limit"), rs.getString("iban"), rs.getBoolean("recargo_equivalencia"),
						rs.getString("language")),
				rs.getString("notes"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Map<String, String> sortable() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("code", "c.code");
		columns.put("kind", "c.kind");
		columns.put("legalName", "c.legal_name");
		columns.put("tradeName", "c.trade_name");
		columns.put("taxId", "c.tax_id");
		columns.put("countryCode", "c.country_code");
		columns.put("segment", "c.segment");
		columns.put("regionCode", "r.code");
		columns.put("ownerUsername", "u.username");
		columns.put("status", "c.status");
		columns.put("email", "c.email");
		columns.put("phone", "c.phone");
		columns.put("address.city", "c.city");
		columns.put("address.province", "c.province");
		columns.put("createdAt", "c.created_at");
		columns.put("updatedAt", "c.updated_at");
		return Collections.unmodifiableMap(columns);
	}

	/** A WHERE clause on the customer alone, with its named parameters, and whether it searches text. */
	private record Where(String sql, Map<String, Object> params, boolean byText) {

		static Where of(DataScope scope, CustomerFilter filter) {
			String q = filter.q() == null ? "" : filter.q().strip().toLowerCase(Locale.ROOT);
			Where where = new Where("", new HashMap<>(), !q.isEmpty());
			where = switch (scope.kind()) {
				case ALL -> where;
				case REGION -> scope.regionId() == null ? where.and("1 = 0", null, null)
						: where.and("c.region_id = :scopeRegion", "scopeRegion", scope.regionId());
				case OWNER -> where.and("c.owner_id = :scopeOwner", "scopeOwner", scope.ownerId());
			};
			if (where.byText()) {
				String asTaxId = TaxId.normalize(q).toLowerCase(Locale.ROOT);
				where = asTaxId.equals(q) || asTaxId.isEmpty()
						? where.and("c.search_text LIKE :q ESCAPE '\\'", "q", contains(q))
						: where.and("(c.search_text LIKE :q ESCAPE '\\' OR c.search_text LIKE :qTaxId ESCAPE '\\')", "q",
								contains(q))
							.with("qTaxId", contains(asTaxId));
			}
			if (filter.kind() != null) {
				where = where.and("c.kind = :kind", "kind", filter.kind().name());
			}
			if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
				where = where.and("c.region_id IN (SELECT id FROM region WHERE code = :regionCode)", "regionCode",
						filter.regionCode().strip().toUpperCase(Locale.ROOT));
			}
			if (filter.ownerUsername() != null && !filter.ownerUsername().isBlank()) {
				where = where.and("c.owner_id IN (SELECT id FROM app_user WHERE username = :ownerUsername)",
						"ownerUsername", filter.ownerUsername().strip());
			}
			if (filter.status() != null) {
				where = where.and("c.status = :status", "status", filter.status().name());
			}
			return where;
		}

		Where and(String condition, String name, Object value) {
			Where where = new Where(sql.isEmpty() ? " WHERE " + condition : sql + " AND " + condition, params, byText);
			return name == null ? where : where.with(name, value);
		}

		Where with(String name, Object value) {
			params.put(name, value);
			return this;
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.params(params);
		}

		private static String contains(String fragment) {
			return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		}
	}
}
