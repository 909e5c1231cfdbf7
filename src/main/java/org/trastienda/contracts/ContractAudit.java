package org.trastienda.contracts;

import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;

/**
 * Writes what happens to a contract and its lines, amendments, documents and files to the audit
 * trail, all under the contract (so its history is one list) and on its party's timeline. The
 * action names the sub-record ({@code LINE_CHANGED}, {@code DOCUMENT_SENT}) and the summary which one.
 */
@Component
class ContractAudit {

	static final String CONTRACT = "Contract";

	private final AuditTrail trail;

	ContractAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void record(Contract contract, String action, String summary, String actor, Changes changes) {
		trail.recordAll(List.of(entry(contract, action, summary, actor, changes)));
	}

	void recordAll(List<AuditRecord> entries) {
		trail.recordAll(entries);
	}

	List<AuditEntryView> history(Long contractId) {
		return trail.history(CONTRACT, contractId);
	}

	static AuditRecord entry(Contract contract, String action, String summary, String actor, Changes changes) {
		return new AuditRecord(CONTRACT, contract.getId(), contract.getPartyId(), action,
				summary == null ? contract.label() : contract.getNumber() + " · " + summary, actor, changes.list());
	}
}
