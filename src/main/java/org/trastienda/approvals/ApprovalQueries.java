package org.trastienda.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.Role;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * The approvals inbox in SQL over {@code approval_request}, {@code approval_request_role} and
 * {@code approval_decision}. "Decidable" here is {@link FourEyesPolicy} written as a query, so the
 * badge count needs no request loaded; both read the same frozen roles, region scope and decisions.
 * A user sees every request when their data scope is everything; otherwise the requests they
 * authored, decided or may decide, and a regional manager also those of their region.
 */
@Repository
class ApprovalQueries {

	/** The properties a list may be sorted by, and their columns. */
	static final Map<String, String> SORTABLE = Map.of("requestedAt", "r.requested_at", "closedAt", "r.closed_at",
			"reference", "r.subject_reference", "subjectType", "r.subject_type", "amount", "r.amount", "status",
			"r.status", "author", "r.author_username");

	private static final String DECIDED_BY_ME = """
			EXISTS (SELECT 1 FROM approval_decision d WHERE d.request_id = r.id AND d.decided_by = :me)""";

	private final JdbcClient jdbc;

	ApprovalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many requests the user may decide now: the inbox badge. */
	long countDecidable(CurrentUser viewer) {
		return jdbc.sql("SELECT COUNT(*) FROM approval_request r WHERE " + decidable(viewer))
			.params(parameters(viewer))
			.query(Long.class)
			.single();
	}

	boolean isVisible(long id, CurrentUser viewer) {
		return jdbc.sql("SELECT COUNT(*) FROM approval_request r WHERE r.id = :id AND " + visible(viewer))
			.params(parameters(viewer))
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	Page<ApprovalSummary> search(ApprovalFilter filter, CurrentUser viewer, Pageable pageable) {
		Map<String, Object> parameters = parameters(viewer);
		StringBuilder where = new StringBuilder(" FROM approval_request r WHERE ").append(visible(viewer));
		if (filter.decidableByMe()) {
			where.append(" AND ").append(decidable(viewer));
		}
		if (filter.requestedByMe()) {
			where.append(" AND r.author_username = :me");
		}
		if (filter.status() != null) {
			where.append(" AND r.status = :status");
			parameters.put("status", filter.status().name());
		}
		if (filter.subjectType() != null) {
			where.append(" AND r.subject_type = :subjectType");
			parameters.put("subjectType", filter.subjectType());
		}
		long total = jdbc.sql("SELECT COUNT(*)" + where).params(parameters).query(Long.class).single();
		List<ApprovalSummary> content = jdbc.sql("""
				SELECT r.id, r.subject_type, r.subject_id, r.subject_reference, r.summary, r.amount, r.currency,
				       r.author_username, r.status, r.requested_at, r.closed_at, r.approvals_required,
				       (SELECT COUNT(*) FROM approval_decision a WHERE a.request_id = r.id AND a.outcome = 'APPROVE') AS approvals"""
				+ where + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset")
			.params(parameters)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(this::summary)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	/** The subject types of the requests the user may see, for a filter. */
	List<String> subjectTypes(CurrentUser viewer) {
		return jdbc.sql("SELECT DISTINCT r.subject_type FROM approval_request r WHERE " + visible(viewer)
				+ " ORDER BY r.subject_type")
			.params(parameters(viewer))
			.query(String.class)
			.list();
	}

	private static String decidable(CurrentUser viewer) {
		return "r.status = 'PENDING' AND r.author_username <> :me AND " + eligible(viewer) + " AND NOT " + DECIDED_BY_ME;
	}

	private static String visible(CurrentUser viewer) {
		DataScope.Kind scope = viewer.scope().kind();
		if (scope == DataScope.Kind.ALL) {
			return "TRUE";
		}
		String ownRegion = scope == DataScope.Kind.REGION ? " OR " + inViewersRegion(viewer) : "";
		return "(r.author_username = :me OR " + DECIDED_BY_ME + ownRegion + " OR " + eligible(viewer) + ")";
	}

	/** The request's tier names one of the viewer's roles, in a region the role may decide for. */
	private static String eligible(CurrentUser viewer) {
		if (viewer.roles().isEmpty()) {
			return "FALSE";
		}
		return """
				EXISTS (SELECT 1 FROM approval_request_role ar WHERE ar.request_id = r.id AND ar.role IN (:roles)
				        AND (r.region_scoped = FALSE OR ar.role NOT IN (:regionBound) OR %s))"""
			.formatted(inViewersRegion(viewer));
	}

	private static String inViewersRegion(CurrentUser viewer) {
		return viewer.regionId() == null ? "FALSE" : "r.region_id = :regionId";
	}

	private static Map<String, Object> parameters(CurrentUser viewer) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("me", viewer.username());
		parameters.put("roles", viewer.roles().stream().map(Role::name).toList());
		parameters.put("regionBound", FourEyesPolicy.REGION_BOUND.stream().map(Role::name).toList());
		if (viewer.regionId() != null) {
			parameters.put("regionId", viewer.regionId());
		}
		return parameters;
	}

	private static String orderBy(Sort sort) {
		StringBuilder order = new StringBuilder(" ORDER BY ");
		for (Sort.Order by : sort) {
			String column = SORTABLE.get(by.getProperty());
			if (column == null) {
				throw new InvalidInputException(new FieldError("sort", "approvals.sort.unknown", by.getProperty()));
			}
			order.append(column).append(by.isAscending() ? " ASC, " : " DESC, ");
		}
		return order.append("r.id DESC").toString();
	}

	private ApprovalSummary summary(ResultSet rs, int row) throws SQLException {
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new ApprovalSummary(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
				rs.getString("subject_reference"), rs.getString("summary"), rs.getBigDecimal("amount"),
				rs.getString("currency"), rs.getString("author_username"), ApprovalStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("requested_at").toInstant(), closedAt == null ? null : closedAt.toInstant(),
				rs.getInt("approvals"), rs.getInt("approvals_required"));
	}
}
