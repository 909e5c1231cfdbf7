package org.trastienda.contracts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trastienda.approvals.ApprovalGranted;
import org.trastienda.approvals.ApprovalRejected;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.Changes;

/**
 * What the four-eyes engine decided, applied to the contract in the deciding transaction (a
 * synchronous listener, so the decision and its effect commit together): an approved contract
 * becomes active as its version 1 and {@link ContractActivated} is published; an approved
 * amendment becomes the next version and {@link ContractAmended} is published; a rejection
 * returns the contract to its author, or closes the amendment, with the approver's comment.
 * When the contract is no longer in a state to take the decision, the decision is refused.
 */
@Component
class ApprovalOutcomes {

	private final ContractRepository contracts;

	private final AmendmentRepository amendments;

	private final ContractRevisionRepository revisions;

	private final ContractAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApprovalOutcomes(ContractRepository contracts, AmendmentRepository amendments, ContractRevisionRepository revisions,
			ContractAudit audit, ApplicationEventPublisher events, Clock clock) {
		this.contracts = contracts;
		this.amendments = amendments;
		this.revisions = revisions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(ApprovalGranted granted) {
		if (granted.concerns(ContractApprovals.ACTIVATION)) {
			activate(granted.subjectId(), granted.decidedBy(), granted.comment());
		}
		else if (granted.concerns(ContractApprovals.AMENDMENT)) {
			applyAmendment(granted.subjectId(), granted.decidedBy(), granted.comment());
		}
	}

	@EventListener
	void on(ApprovalRejected rejected) {
		if (rejected.concerns(ContractApprovals.ACTIVATION)) {
			Contract contract = locked(rejected.subjectId());
			ContractStatus before = contract.getStatus();
			contract.reject(rejected.comment());
			contract.touch(clock.instant(), rejected.decidedBy());
			audit.record(contract, "REJECTED", null, rejected.decidedBy(),
					new Changes().field("status", before, contract.getStatus()).field("comment", null, rejected.comment()));
		}
		else if (rejected.concerns(ContractApprovals.AMENDMENT)) {
			Amendment amendment = amendment(rejected.subjectId());
			amendment.reject(rejected.decidedBy(), rejected.comment(), clock.instant());
			Contract contract = locked(amendment.getContractId());
			audit.record(contract, "AMENDMENT_REJECTED", Amendment.reference(contract.getNumber(), amendment.getNumber()),
					rejected.decidedBy(), new Changes().field("comment", null, rejected.comment()));
		}
	}

	private void activate(Long contractId, String decidedBy, String comment) {
		Contract contract = locked(contractId);
		ContractStatus before = contract.getStatus();
		Instant now = clock.instant();
		contract.activate(now);
		contract.touch(now, decidedBy);
		revisions.save(ContractRevision.of(contract, null, now, decidedBy));
		audit.record(contract, "ACTIVATED", null, decidedBy,
				new Changes().field("status", before, contract.getStatus()).field("comment", null, comment));
		events.publishEvent(new ContractActivated(contractId));
	}

	private void applyAmendment(Long amendmentId, String decidedBy, String comment) {
		Amendment amendment = amendment(amendmentId);
		Contract contract = locked(amendment.getContractId());
		Lifecycle.require(contract.getStatus(), ContractAction.AMEND);
		Instant now = clock.instant();
		String reference = Amendment.reference(contract.getNumber(), amendment.getNumber());
		Changes terms = new Changes().field("startsOn", contract.getStartsOn(), amendment.getStartsOn())
			.field("endsOn", contract.getEndsOn(), amendment.getEndsOn())
			.field("paymentTermsDays", contract.getPaymentTermsDays(), amendment.getPaymentTermsDays());
		contract.amendTerms(amendment.getStartsOn(), amendment.getEndsOn(), amendment.getPaymentTermsDays());
		List<AuditRecord> trail = new ArrayList<>(
				ContractEditor.replaceLines(contract, amendment.proposedLines(), decidedBy));
		int revision = contract.nextRevision();
		contract.touch(now, decidedBy);
		amendment.approve(decidedBy, comment, now, revision);
		contracts.flush();
		revisions.save(ContractRevision.of(contract, amendmentId, now, decidedBy));
		trail.add(0, ContractAudit.entry(contract, "AMENDMENT_APPROVED", reference, decidedBy,
				terms.field("revision", revision - 1, revision).field("comment", null, comment)));
		audit.recordAll(trail);
		events.publishEvent(new ContractAmended(contract.getId(), amendmentId, revision));
	}

	private Contract locked(Long contractId) {
		return contracts.findLockedById(contractId).orElseThrow(() -> ScopedContracts.notFound(contractId));
	}

	private Amendment amendment(Long amendmentId) {
		return amendments.findById(amendmentId)
			.orElseThrow(() -> new org.trastienda.shared.NotFoundException("amendment", amendmentId));
	}
}
