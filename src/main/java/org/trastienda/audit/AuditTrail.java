package org.trastienda.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit trail. Recording joins the caller's transaction, so an action and
 * its trail commit or roll back together. Reads {@code audit_entry} and {@code audit_change}.
 */
@Service
public class AuditTrail {

	/** Changes per insert statement, each column's values in one array parameter. */
	private static final int CHANGES_PER_STATEMENT = 10_000;

	private static final String INSERT_CHANGES = """
			INSERT INTO audit_change (audit_entry_id, field, old_value, new_value)
			SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),
			                     CAST(? AS VARCHAR ARRAY))""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
	}

	/**
	 * Records an action on a record.
	 *
	 * @param customerId the customer whose timeline shows the entry, or null
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, Long entityId, Long customerId, String action, String summary, String actor,
			List<Change> changes) {
		recordAll(List.of(new AuditRecord(entityType, entityId, customerId, action, summary, actor, changes)));
	}

	/** Records many actions in a few batched statements: for bulk work such as imports. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		KeyHolder keys = new GeneratedKeyHolder();
		jdbcTemplate.batchUpdate(connection -> connection.prepareStatement("""
				INSERT INTO audit_entry (entity_type, entity_id, customer_id, action, summary, actor, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" }), new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int index) throws SQLException {
				AuditRecord record = records.get(index);
				statement.setString(1, record.entityType());
				statement.setLong(2, record.entityId());
				statement.setObject(3, record.customerId(), Types.BIGINT);
				statement.setString(4, record.action());
				statement.setString(5, shortened(record.summary()));
				statement.setString(6, record.actor());
				statement.setTimestamp(7, now);
			}

			@Override
			public int getBatchSize() {
				return records.size();
			}
		}, keys);
		List<Long> entryIds = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		List<Map<String, Object>> generated = keys.getKeyList();
		for (int index = 0; index < records.size(); index++) {
			Long entryId = ((Number) generated.get(index).get("id")).longValue();
			for (Change change : records.get(index).changes()) {
				entryIds.add(entryId);
				changes.add(change);
			}
		}
		insertChanges(entryIds, changes);
	}

	/**
	 * Inserts the changes with one statement per ten thousand, each column as one array: an import
	 * records thousands, and a statement per change, or four parameters per change, costs the
	 * database more.
	 */
	private void insertChanges(List<Long> entryIds, List<Change> changes) {
		for (int from = 0; from < changes.size(); from += CHANGES_PER_STATEMENT) {
			int to = Math.min(from + CHANGES_PER_STATEMENT, changes.size());
			List<Change> chunk = changes.subList(from, to);
			jdbcTemplate.update(INSERT_CHANGES, entryIds.subList(from, to).toArray(Long[]::new),
					column(chunk, Change::field), column(chunk, Change::oldValue), column(chunk, Change::newValue));
		}
	}

	private static String[] column(List<Change> changes, Function<Change, String> value) {
		return changes.stream().map(value).toArray(String[]::new);
	}

	private static String shortened(String summary) {
		return summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
	}

	/** The history of one record, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(String entityType, Long entityId) {
		return withChanges(jdbc.sql("""
				SELECT id, entity_type, entity_id, customer_id, action, summary, actor, occurred_at
				FROM audit_entry WHERE entity_type = ? AND entity_id = ?
				ORDER BY occurred_at DESC, id DESC""")
			.params(entityType, entityId));
	}

	/** Everything recorded about a customer's records, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> forCustomer(Long customerId, int limit) {
		return forCustomer(customerId, "", limit);
	}

	/**
	 * What was recorded about a customer's records whose entity type starts with the prefix, newest
	 * first: the limit counts only those, however much else the customer's timeline holds.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> forCustomer(Long customerId, String entityTypePrefix, int limit) {
		return withChanges(jdbc.sql("""
				SELECT id, entity_type, entity_id, customer_id, action, summary, actor, occurred_at
				FROM audit_entry WHERE customer_id = ? AND entity_type LIKE ?
				ORDER BY occurred_at DESC, id DESC
				LIMIT ?""")
			.params(customerId, entityTypePrefix + "%", limit));
	}

	private List<AuditEntryView> withChanges(JdbcClient.StatementSpec query) {
		Map<Long, AuditEntryView> entries = new LinkedHashMap<>();
		query.query((rs, row) -> new AuditEntryView(rs.getLong("id"), rs.getString("entity_type"),
				rs.getLong("entity_id"), (Long) rs.getObject("customer_id", Long.class), rs.getString("action"),
				rs.getString("summary"), rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(),
				new ArrayList<>()))
			.list()
			.forEach(entry -> entries.put(entry.id(), entry));
		if (!entries.isEmpty()) {
			jdbc.sql("SELECT audit_entry_id, field, old_value, new_value FROM audit_change "
					+ "WHERE audit_entry_id IN (:ids) ORDER BY id")
				.param("ids", entries.keySet())
				.query(rs -> {
					entries.get(rs.getLong("audit_entry_id")).changes()
						.add(new Change(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
				});
		}
		return List.copyOf(entries.values());
	}
}
