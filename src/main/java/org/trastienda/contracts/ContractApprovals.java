package org.trastienda.contracts;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.trastienda.approvals.ApprovalSubject;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;

/**
 * Asks the four-eyes engine to approve a contract's activation or an amendment, with the gross
 * amount in the contract's currency (a rule in another currency applies its strictest tier) and
 * the contract's region, so the regional manager of that region may decide.
 */
@Component
class ContractApprovals {

	static final String ACTIVATION = "CONTRACT_ACTIVATION";

	static final String AMENDMENT = "CONTRACT_AMENDMENT";

	private final Approvals approvals;

	ContractApprovals(Approvals approvals) {
		this.approvals = approvals;
	}

	/** The drafter is the subject's author: they never approve their own contract. */
	ApprovalView requestActivation(Contract contract) {
		return approvals.request(new ApprovalSubject(ACTIVATION, contract.getId(), contract.getNumber(),
				summary(contract), contract.getGrossTotal(), contract.getCurrency(), contract.getRegionId(),
				contract.getAuthor(), path(contract.getId())));
	}

	ApprovalView requestAmendment(Contract contract, Amendment amendment) {
		return approvals.request(new ApprovalSubject(AMENDMENT, amendment.getId(),
				Amendment.reference(contract.getNumber(), amendment.getNumber()),
				summary(contract) + " · " + amendment.getReason(), amendment.getGrossTotal(), contract.getCurrency(),
				contract.getRegionId(), amendment.getRequestedBy(), path(contract.getId()) + "?tab=amendments"));
	}

	Optional<ApprovalView> pendingActivation(Long contractId) {
		return approvals.openRequestFor(ACTIVATION, contractId);
	}

	/** Withdraws the pending request as the signed-in user, who must be its author. */
	void withdraw(ApprovalView request) {
		approvals.withdraw(request.id());
	}

	/** The contract's activation requests, newest first. */
	List<ApprovalView> activationHistory(Long contractId) {
		return approvals.historyFor(ACTIVATION, contractId);
	}

	List<ApprovalView> amendmentHistory(Long amendmentId) {
		return approvals.historyFor(AMENDMENT, amendmentId);
	}

	private static String summary(Contract contract) {
		return contract.getTitle() + " · " + contract.getPartyName();
	}

	private static String path(Long contractId) {
		return "/contracts/" + contractId;
	}
}
