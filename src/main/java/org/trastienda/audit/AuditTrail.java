package org.trastienda.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
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
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO audit_entry (entity_type, entity_id, customer_id, action, summary, actor, occurred_at)
				VALUES (:entityType, :entityId, :customerId, :action, :summary, :actor, :occurredAt)""")
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("customerId", customerId)
			.param("action", action)
			.param("summary", summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500))
			.param("actor", actor)
			.param("occurredAt", Timestamp.from(clock.instant()))
			.update(key, "id");
		long entryId = key.getKey().longValue();
		for (Change change : changes) {
			jdbc.sql("INSERT INTO audit_change (audit_entry_id, field, old_value, new_value) VALUES (?, ?, ?, ?)")
				.params(entryId, change.field(), change.oldValue(), change.newValue())
				.update();
		}
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
		return withChanges(jdbc.sql("""
				SELECT id, entity_type, entity_id, customer_id, action, summary, actor, occurred_at
				FROM audit_entry WHERE customer_id = ?
				ORDER BY occurred_at DESC, id DESC
				LIMIT ?""")
			.params(customerId, limit));
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
