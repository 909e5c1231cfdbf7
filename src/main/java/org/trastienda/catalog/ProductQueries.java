package org.trastienda.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** The product list and detail as the API shows them, in SQL over {@code product}. */
@Component
class ProductQueries {

	/** The columns a list may be sorted by: API name to SQL column. */
	static final Map<String, String> SORTABLE = sortable();

	private static final String SELECT = """
			SELECT id, version, sku, name, description, category, unit, list_price, vat_rate, active,
			       created_at, created_by, updated_at, updated_by
			FROM product p
			""";

	private final JdbcClient jdbc;

	ProductQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of matching products, sorted by API field names (see {@link #SORTABLE}). */
	Page<ProductView> search(ProductFilter filter, Pageable pageable) {
		Where where = Where.of(filter);
		long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM product p" + where.sql())).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<ProductView> content = where
			.bind(jdbc.sql(SELECT + where.sql() + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset"))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ProductQueries::view)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	Optional<ProductView> find(Long id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ProductQueries::view).optional();
	}

	Optional<ProductView> findBySku(String sku) {
		return jdbc.sql(SELECT + " WHERE p.sku = :sku").param("sku", sku).query(ProductQueries::view).optional();
	}

	/** Every matching product, in order, one at a time: for exports that must not hold the list in memory. */
	void forEach(ProductFilter filter, Sort sort, Consumer<ProductView> action) {
		Where where = Where.of(filter);
		try (Stream<ProductView> rows = where.bind(jdbc.sql(SELECT + where.sql() + orderBy(sort)))
			.withFetchSize(500)
			.query(ProductQueries::view)
			.stream()) {
			rows.forEach(action);
		}
	}

	/** The categories products have, alphabetically. */
	List<String> categories() {
		return jdbc.sql("SELECT DISTINCT category FROM product WHERE category IS NOT NULL ORDER BY category")
			.query(String.class)
			.list();
	}

	/** The sort, if it names only fields of {@link #SORTABLE}; else refused on field {@code sort}. */
	static Sort checkedSort(Sort sort) {
		for (Sort.Order order : sort) {
			if (!SORTABLE.containsKey(order.getProperty())) {
				throw new InvalidInputException(new FieldError("sort", "error.paging.sort",
						String.join(", ", new TreeSet<>(SORTABLE.keySet()))));
			}
		}
		return sort;
	}

	private static String orderBy(Sort sort) {
		StringBuilder terms = new StringBuilder(" ORDER BY ");
		for (Sort.Order order : checkedSort(sort)) {
			terms.append(SORTABLE.get(order.getProperty())).append(order.isAscending() ? " ASC, " : " DESC, ");
		}
		return terms.append("p.id ASC").toString();
	}

	private static ProductView view(ResultSet rs, int row) throws SQLException {
		return new ProductView(rs.getLong("id"), rs.getLong("version"), rs.getString("sku"), rs.getString("name"),
				rs.getString("description"), rs.getString("category"), ProductUnit.valueOf(rs.getString("unit")),
				ProductRules.listPrice(rs.getBigDecimal("list_price")), VatRates.percent(rs.getBigDecimal("vat_rate")),
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private static Map<String, String> sortable() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("sku", "p.sku");
		columns.put("name", "p.name");
		columns.put("category", "p.category");
		columns.put("unit", "p.unit");
		columns.put("listPrice", "p.list_price");
		columns.put("vatRate", "p.vat_rate");
		columns.put("active", "p.active");
		columns.put("updatedAt", "p.updated_at");
		return Collections.unmodifiableMap(columns);
	}

	/** A WHERE clause with its named parameters. */
	private record Where(String sql, Map<String, Object> params) {

		static Where of(ProductFilter filter) {
			Where where = new Where("", new HashMap<>());
			String q = filter.q() == null ? "" : filter.q().strip().toLowerCase(Locale.ROOT);
			if (!q.isEmpty()) {
				where = where.and("p.search_text LIKE :q ESCAPE '\\'", "q",
						"%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			if (filter.category() != null && !filter.category().isBlank()) {
				where = where.and("p.category = :category", "category", filter.category().strip());
			}
			if (filter.active() != null) {
				where = where.and("p.active = :active", "active", filter.active());
			}
			return where;
		}

		Where and(String condition, String name, Object value) {
			params.put(name, value);
			return new Where(sql.isEmpty() ? " WHERE " + condition : sql + " AND " + condition, params);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.params(params);
		}
	}
}
