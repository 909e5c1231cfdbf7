package org.trastienda.billing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sends of issued invoices, in {@code invoice_dispatch}: the invoice row itself never changes. */
@Component
class Dispatches {

	private final JdbcClient jdbc;

	Dispatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(Long invoiceId, String recipient, long fileId, String actor, Instant now) {
		jdbc.sql("""
				INSERT INTO invoice_dispatch (invoice_id, recipient, file_id, sent_at, sent_by)
				VALUES (?, ?, ?, ?, ?)""")
			.params(invoiceId, recipient, fileId, Timestamp.from(now), actor)
			.update();
	}

	List<DispatchView> of(Long invoiceId) {
		return jdbc.sql("SELECT recipient, sent_at, sent_by FROM invoice_dispatch WHERE invoice_id = ? ORDER BY id")
			.param(invoiceId)
			.query((rs, row) -> new DispatchView(rs.getString("recipient"), rs.getTimestamp("sent_at").toInstant(),
					rs.getString("sent_by")))
			.list();
	}
}
