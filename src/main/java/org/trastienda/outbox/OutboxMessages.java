package org.trastienda.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** The {@code outbox_message} table, in SQL that runs unchanged on H2 and PostgreSQL. */
@Repository
class OutboxMessages {

	/** The properties a list may be sorted by, and their columns. */
	static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "recipients", "recipient", "subject",
			"subject", "status", "status", "attempts", "attempts", "nextAttemptAt", "next_attempt_at", "sentAt", "sent_at");

	private static final String COLUMNS = """
			id, recipient, subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at, dedup_key""";

	private static final String RECIPIENT_SEPARATOR = ", ";

	private final JdbcClient jdbc;

	OutboxMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a pending message; false when one with the same dedup key exists (the caller's transaction stays healthy). */
	boolean insert(OutgoingMessage message, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		int inserted = jdbc.sql("""
				INSERT INTO outbox_message (recipient, subject, body, html, status, attempts, next_attempt_at, created_at,
				                            dedup_key, version)
				VALUES (:recipient, :subject, :body, FALSE, 'PENDING', 0, :now, :now, :dedupKey, 0)
				ON CONFLICT DO NOTHING""")
			.param("recipient", String.join(RECIPIENT_SEPARATOR, message.recipients()))
			.param("subject", message.subject())
			.param("body", message.body())
			.param("now", Timestamp.from(now))
			.param("dedupKey", message.dedupKey())
			.update(key, "id");
		if (inserted != 1) {
			return false;
		}
		List<Long> files = message.attachmentFileIds();
		for (int position = 0; position < files.size(); position++) {
			jdbc.sql("INSERT INTO outbox_attachment (message_id, position, stored_file_id) VALUES (?, ?, ?)")
				.params(key.getKey().longValue(), position, files.get(position))
				.update();
		}
		return true;
	}

	/** The ids of the stored files sent with the message, in order. */
	List<Long> attachmentFileIds(long messageId) {
		return jdbc.sql("SELECT stored_file_id FROM outbox_attachment WHERE message_id = ? ORDER BY position")
			.param(messageId)
			.query(Long.class)
			.list();
	}

	Optional<OutboxMessageView> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ?").param(id).query(this::view).optional();
	}

	/** The oldest due messages first. */
	List<Long> dueIds(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id LIMIT ?""")
			.params(Timestamp.from(now), limit)
			.query(Long.class)
			.list();
	}

	/**
	 * The message, locked for this transaction, if it is still due and nobody else holds it: two
	 * deliveries of the same message never overlap.
	 */
	Optional<OutboxMessageView> lockIfDue(long id, Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM outbox_message WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?
				FOR UPDATE SKIP LOCKED""")
			.params(id, Timestamp.from(now))
			.query(this::view)
			.optional();
	}

	void markSent(long id, Instant now) {
		jdbc.sql("""
				UPDATE outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,
				       version = version + 1
				WHERE id = ?""")
			.params(Timestamp.from(now), id)
			.update();
	}

	void markFailed(long id, int attempts, String error, OutboxStatus status, Instant nextAttemptAt) {
		jdbc.sql("""
				UPDATE outbox_message SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, version = version + 1
				WHERE id = ?""")
			.params(status.name(), attempts, error, Timestamp.from(nextAttemptAt), id)
			.update();
	}

	/** Makes a pending or failed message due now; false when it is neither. */
	boolean makeDue(long id, Instant now) {
		return jdbc.sql("""
				UPDATE outbox_message SET status = 'PENDING', next_attempt_at = ?, version = version + 1
				WHERE id = ? AND status IN ('PENDING', 'FAILED')""")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	/** A page of messages in a status (or any), whose recipients or subject contain the text (or any). */
	Page<OutboxMessageView> search(OutboxStatus status, String text, Pageable pageable) {
		String where = """
				 FROM outbox_message
				WHERE (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
				  AND (CAST(:pattern AS VARCHAR(400)) IS NULL
				       OR LOWER(recipient) LIKE :pattern ESCAPE '\\' OR LOWER(subject) LIKE :pattern ESCAPE '\\')""";
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("status", status == null ? null : status.name());
		parameters.put("pattern", text == null || text.isBlank() ? null : containing(text));
		long total = jdbc.sql("SELECT COUNT(*)" + where).params(parameters).query(Long.class).single();
		List<OutboxMessageView> content = jdbc.sql("SELECT " + COLUMNS + where + orderBy(pageable.getSort())
				+ " LIMIT :limit OFFSET :offset")
			.params(parameters)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(this::view)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	private static String containing(String text) {
		String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String orderBy(Sort sort) {
		StringBuilder order = new StringBuilder(" ORDER BY ");
		for (Sort.Order by : sort) {
			String column = SORTABLE.get(by.getProperty());
			if (column == null) {
				throw new InvalidInputException(new FieldError("sort", "outbox.sort.unknown", by.getProperty()));
			}
			order.append(column).append(by.isAscending() ? " ASC, " : " DESC, ");
		}
		return order.append("id DESC").toString();
	}

	private OutboxMessageView view(ResultSet rs, int row) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new OutboxMessageView(rs.getLong("id"), List.of(rs.getString("recipient").split(RECIPIENT_SEPARATOR)),
				rs.getString("subject"), rs.getString("body"), OutboxStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant(),
				rs.getString("dedup_key"));
	}
}
