package org.trastienda.audit;

import java.util.List;

/**
 * One action to record, for {@link AuditTrail#recordAll}.
 *
 * @param customerId the customer whose timeline shows the entry, or null
 */
public record AuditRecord(String entityType, Long entityId, Long customerId, String action, String summary,
		String actor, List<Change> changes) {
}
