package org.trastienda.audit;

import java.time.Instant;
import java.util.List;

/** One recorded action on a record, with its field changes. */
public record AuditEntryView(Long id, String entityType, Long entityId, Long customerId, String action, String summary,
		String actor, Instant occurredAt, List<Change> changes) {
}
