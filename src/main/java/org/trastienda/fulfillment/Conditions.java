package org.trastienda.fulfillment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.function.UnaryOperator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trastienda.identity.DataScope;

/**
 * The WHERE clause of a query and its named parameters: the caller's data scope on the contract
 * (aliased {@code c}) and the filters that are set; a filter left null adds nothing.
 */
final class Conditions {

	private final List<String> terms = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	static Conditions scoped(DataScope scope) {
		Conditions where = new Conditions();
		switch (scope.kind()) {
			case ALL -> {
			}
			case REGION -> where.require("c.region_id = :scopeRegion", "scopeRegion", scope.regionId());
			case OWNER -> where.require("c.owner_id = :scopeOwner", "scopeOwner", scope.ownerId());
		}
		return where;
	}

	/** Adds a condition without parameters. */
	Conditions and(String condition) {
		terms.add(condition);
		return this;
	}

	/** Adds the condition when the value is set. */
	Conditions and(String condition, String name, Object value) {
		if (value != null) {
			terms.add(condition);
			params.put(name, value instanceof Enum<?> constant ? constant.name() : value);
		}
		return this;
	}

	/** Adds a condition that matches nothing when the value is missing (a region scope without a region). */
	Conditions require(String condition, String name, Object value) {
		if (value == null) {
			terms.add("1 = 0");
			return this;
		}
		return and(condition, name, value);
	}

	/** Adds {@code expression LIKE %fragment%} (lower-cased, wildcards escaped) over any of the expressions. */
	Conditions containing(String fragment, String... expressions) {
		String text = fragment == null ? null : fragment.strip();
		if (text == null || text.isEmpty()) {
			return this;
		}
		List<String> any = new ArrayList<>();
		for (String expression : expressions) {
			any.add("LOWER(" + expression + ") LIKE :q ESCAPE '\\'");
		}
		terms.add("(" + String.join(" OR ", any) + ")");
		params.put("q", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%");
		return this;
	}

	/**
	 * One page of {@code select + from} under these conditions, ordered by {@code orderBy}, each row
	 * read by {@code rows} and the page completed by {@code complete} (its lines added).
	 */
	<T> Page<T> page(JdbcClient jdbc, String select, String from, String orderBy, Pageable pageable,
			RowMapper<T> rows, UnaryOperator<List<T>> complete) {
		long total = bind(jdbc.sql("SELECT COUNT(*)" + from + sql())).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<T> found = bind(jdbc.sql(select + from + sql() + orderBy + " LIMIT :limit OFFSET :offset"))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(rows)
			.list();
		return new PageImpl<>(complete.apply(found), pageable, total);
	}

	/** ORDER BY the sort's API names as their SQL expressions, then {@code tieBreaker}. */
	static String orderBy(Sort sort, Map<String, String> sortable, String tieBreaker) {
		List<String> terms = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = sortable.get(order.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("not a sortable column: " + order.getProperty());
			}
			terms.add(column + (order.isAscending() ? " ASC" : " DESC"));
		}
		terms.add(tieBreaker);
		return " ORDER BY " + String.join(", ", terms);
	}

	String sql() {
		return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.params(params);
	}
}
