package org.trastienda.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.NotFoundException;

/**
 * Amendments to active contracts: proposed by the contract's writers, one at a time, checked like
 * a draft's lines and sent for approval at once; versions as approved. Reads and writes
 * {@code contract_amendment}, {@code contract_revision} and their lines.
 */
@Component
class Amendments {

	private final ScopedContracts scoped;

	private final AmendmentRepository amendments;

	private final ContractRevisionRepository revisions;

	private final ContractApprovals approvals;

	private final ContractAudit audit;

	Amendments(ScopedContracts scoped, AmendmentRepository amendments, ContractRevisionRepository revisions,
			ContractApprovals approvals, ContractAudit audit) {
		this.scoped = scoped;
		this.amendments = amendments;
		this.revisions = revisions;
		this.approvals = approvals;
		this.audit = audit;
	}

	boolean pendingFor(Long contractId) {
		return amendments.existsByContractIdAndStatus(contractId, AmendmentStatus.PENDING_APPROVAL);
	}

	List<AmendmentView> list(CurrentUser user, Long contractId) {
		scoped.require(user, contractId);
		return amendments.findByContractIdOrderByNumberDesc(contractId).stream().map(Amendment::toView).toList();
	}

	AmendmentView get(CurrentUser user, Long contractId, Long amendmentId) {
		scoped.require(user, contractId);
		return amendments.findByIdAndContractId(amendmentId, contractId)
			.map(Amendment::toView)
			.orElseThrow(() -> new NotFoundException("amendment", amendmentId));
	}

	AmendmentView request(CurrentUser user, Long contractId, AmendmentData data, Instant now) {
		Contract contract = scoped.requireLocked(user, contractId);
		ContractPolicy.require(ContractPolicy.isWriter(user, contract));
		Lifecycle.require(contract.getStatus(), ContractAction.AMEND);
		if (pendingFor(contractId)) {
			throw new BusinessRuleException("contracts.error.amendment.pending", contract.getNumber());
		}
		Checks checks = new Checks();
		String reason = Texts.clean(data.reason());
		checks.text("reason", reason, 2000, true);
		var startsOn = data.startsOn() != null ? data.startsOn() : contract.getStartsOn();
		var endsOn = data.endsOn() != null ? data.endsOn() : contract.getEndsOn();
		Integer paymentTerms = data.paymentTermsDays() != null ? data.paymentTermsDays() : contract.getPaymentTermsDays();
		checks.range("paymentTermsDays", paymentTerms, 0, 365).notBefore("endsOn", endsOn, "startsOn", startsOn);
		Set<Long> lineIds = contract.getLines().stream().map(ContractLine::getId).collect(Collectors.toSet());
		List<ContractLineData> lines = LineRules.check(checks, data.lines(), lineIds);
		if (lines.isEmpty()) {
			checks.reject("lines", "contracts.error.required");
		}
		checks.throwIfAny();
		if (changesNothing(contract, startsOn, endsOn, paymentTerms, lines)) {
			throw new BusinessRuleException("contracts.error.amendment.noChange", contract.getNumber());
		}
		int number = (int) amendments.countByContractId(contractId) + 1;
		Amendment amendment = amendments.saveAndFlush(new Amendment(contract, number, reason, startsOn, endsOn,
				paymentTerms, lines, user.username(), now));
		audit.record(contract, "AMENDMENT_REQUESTED", Amendment.reference(contract.getNumber(), number), user.username(),
				new Changes().created("reason", reason)
					.field("startsOn", contract.getStartsOn(), startsOn)
					.field("endsOn", contract.getEndsOn(), endsOn)
					.field("paymentTermsDays", contract.getPaymentTermsDays(), paymentTerms)
					.field("grossTotal", contract.getGrossTotal(), amendment.getGrossTotal()));
		approvals.requestAmendment(contract, amendment);
		return amendment.toView();
	}

	List<ContractRevisionView> versions(CurrentUser user, Long contractId) {
		scoped.require(user, contractId);
		return revisions.findByContractIdOrderByRevisionDesc(contractId).stream().map(ContractRevision::toView).toList();
	}

	ContractRevisionView version(CurrentUser user, Long contractId, int revision) {
		scoped.require(user, contractId);
		return revisions.findByContractIdAndRevision(contractId, revision)
			.map(ContractRevision::toView)
			.orElseThrow(() -> new NotFoundException("contract version", revision));
	}

	private static boolean changesNothing(Contract contract, Object startsOn, Object endsOn, Integer paymentTerms,
			List<ContractLineData> lines) {
		if (!Objects.equals(startsOn, contract.getStartsOn()) || !Objects.equals(endsOn, contract.getEndsOn())
				|| !Objects.equals(paymentTerms, contract.getPaymentTermsDays())
				|| lines.size() != contract.getLines().size()) {
			return false;
		}
		for (int index = 0; index < lines.size(); index++) {
			ContractLine current = contract.getLines().get(index);
			if (!Objects.equals(lines.get(index).id(), current.getId())
					|| !ContractEditor.lineChanges(current.getTerms(), LineTerms.of(lines.get(index))).isEmpty()) {
				return false;
			}
		}
		return true;
	}
}
