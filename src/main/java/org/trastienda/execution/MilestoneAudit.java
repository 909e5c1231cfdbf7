package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditTrail;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;

/**
 * Writes every milestone change to the audit trail under {@code Milestone}, in the caller's
 * transaction. What people do to milestones goes on the party's timeline (the contract's party is
 * the customer of the entry); the milestones a new schedule starts with do not, as the contract's
 * activation is already there.
 */
@Component
class MilestoneAudit {

	static final String ENTITY = "Milestone";

	private final AuditTrail trail;

	private final UserDirectory users;

	MilestoneAudit(AuditTrail trail, UserDirectory users) {
		this.trail = trail;
		this.users = users;
	}

	/** What the trail compares: the editable fields, the responsible user by username. */
	record Snapshot(MilestoneType type, String name, LocalDate plannedDate, LocalDate actualDate, String responsible,
			BigDecimal amount, String notes) {
	}

	Snapshot snapshot(Milestone milestone) {
		String responsible = milestone.getResponsibleUserId() == null ? null
				: users.findById(milestone.getResponsibleUserId()).map(UserSummary::username).orElse(null);
		return new Snapshot(milestone.getType(), milestone.getName(), milestone.getPlannedDate(),
				milestone.getActualDate(), responsible, milestone.getAmount(), milestone.getNotes());
	}

	/** A milestone a person added. */
	void created(ContractView contract, Milestone milestone, String actor) {
		record(contract, milestone, "CREATED", actor, creation(milestone), contract.partyId());
	}

	/** A milestone a new schedule starts with. */
	void planned(ContractView contract, Milestone milestone, String actor) {
		record(contract, milestone, "CREATED", actor, creation(milestone), null);
	}

	private Changes creation(Milestone milestone) {
		Snapshot now = snapshot(milestone);
		return new Changes().created("type", now.type())
			.created("name", now.name())
			.created("plannedDate", now.plannedDate())
			.created("actualDate", now.actualDate())
			.created("responsible", now.responsible())
			.created("amount", now.amount())
			.created("notes", now.notes());
	}

	void changed(ContractView contract, Milestone milestone, Snapshot before, String action, String actor) {
		Snapshot after = snapshot(milestone);
		Changes changes = new Changes().field("type", before.type(), after.type())
			.field("name", before.name(), after.name())
			.field("plannedDate", before.plannedDate(), after.plannedDate())
			.field("actualDate", before.actualDate(), after.actualDate())
			.field("responsible", before.responsible(), after.responsible())
			.field("amount", before.amount(), after.amount())
			.field("notes", before.notes(), after.notes());
		if (!changes.isEmpty()) {
			record(contract, milestone, action, actor, changes, contract.partyId());
		}
	}

	void removed(ContractView contract, Milestone milestone, String actor) {
		Snapshot before = snapshot(milestone);
		record(contract, milestone, "DELETED", actor, new Changes().field("type", before.type(), null)
			.field("name", before.name(), null)
			.field("plannedDate", before.plannedDate(), null)
			.field("actualDate", before.actualDate(), null), contract.partyId());
	}

	private void record(ContractView contract, Milestone milestone, String action, String actor, Changes changes,
			Long customerId) {
		String summary = contract.number() + " · "
				+ (milestone.getName() == null ? milestone.getType().name() : milestone.getName());
		trail.record(ENTITY, milestone.getId(), customerId, action, summary, actor, changes.list());
	}
}
