package org.trastienda.customers;

import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;

/** Writes the archive's records to the audit trail, each tied to its customer's timeline. */
@Component
class CustomerAudit {

	static final String CUSTOMER = "Customer";

	static final String CONTACT = "CustomerContact";

	static final String CERTIFICATE = "CustomerCertificate";

	static final String NOTE = "CustomerNote";

	static final String ATTACHMENT = "CustomerAttachment";

	static final String CREATED = "CREATED";

	static final String UPDATED = "UPDATED";

	static final String ARCHIVED = "ARCHIVED";

	static final String DELETED = "DELETED";

	private final AuditTrail trail;

	CustomerAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void record(String entityType, Long entityId, Long customerId, String action, String summary, CurrentUser actor,
			Changes changes) {
		trail.recordAll(List.of(entry(entityType, entityId, customerId, action, summary, actor, changes)));
	}

	/** Records many entries at once (an import's). */
	void recordAll(List<AuditRecord> entries) {
		trail.recordAll(entries);
	}

	static AuditRecord entry(String entityType, Long entityId, Long customerId, String action, String summary,
			CurrentUser actor, Changes changes) {
		return new AuditRecord(entityType, entityId, customerId, action, summary, actor.username(), changes.list());
	}
}
