package org.trastienda.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.trastienda.identity.DataScope;

/**
 * A data scope as a SQL condition on a table aliased {@code c} with {@code region_id} and
 * {@code owner_id} columns (customers, contracts), and the parameters it names.
 */
final class ScopeCondition {

	private ScopeCondition() {
	}

	static String of(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> "1 = 1";
			case REGION -> "c.region_id = :regionId";
			case OWNER -> "c.owner_id = :ownerId";
		};
	}

	/** The statement with the scope's parameters bound. */
	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DataScope scope) {
		return statement.param("regionId", scope.regionId()).param("ownerId", scope.ownerId());
	}
}
