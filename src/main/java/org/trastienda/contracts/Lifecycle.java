package org.trastienda.contracts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.trastienda.shared.BusinessRuleException;

/**
 * The status machine: a draft (or a rejected contract, back with its author) is edited and
 * submitted; approval activates it, rejection returns it; an active contract changes only by
 * amendment and ends completed. Cancelling is possible until the contract is completed — whether
 * execution has started is checked by the caller.
 */
final class Lifecycle {

	private static final Map<ContractAction, Set<ContractStatus>> ALLOWED_FROM = Map.of(
			ContractAction.EDIT, EnumSet.of(ContractStatus.DRAFT, ContractStatus.REJECTED),
			ContractAction.SUBMIT, EnumSet.of(ContractStatus.DRAFT, ContractStatus.REJECTED),
			ContractAction.ACTIVATE, EnumSet.of(ContractStatus.PENDING_APPROVAL),
			ContractAction.REJECT, EnumSet.of(ContractStatus.PENDING_APPROVAL),
			ContractAction.CANCEL, EnumSet.of(ContractStatus.DRAFT, ContractStatus.PENDING_APPROVAL,
					ContractStatus.REJECTED, ContractStatus.ACTIVE),
			ContractAction.COMPLETE, EnumSet.of(ContractStatus.ACTIVE),
			ContractAction.AMEND, EnumSet.of(ContractStatus.ACTIVE));

	private static final Map<ContractAction, ContractStatus> RESULT = Map.of(
			ContractAction.SUBMIT, ContractStatus.PENDING_APPROVAL,
			ContractAction.ACTIVATE, ContractStatus.ACTIVE,
			ContractAction.REJECT, ContractStatus.REJECTED,
			ContractAction.CANCEL, ContractStatus.CANCELLED,
			ContractAction.COMPLETE, ContractStatus.COMPLETED);

	private Lifecycle() {
	}

	static boolean allows(ContractStatus status, ContractAction action) {
		return ALLOWED_FROM.get(action).contains(status);
	}

	/** Refuses with 422 when the action is not possible in the status. */
	static void require(ContractStatus status, ContractAction action) {
		if (!allows(status, action)) {
			throw new BusinessRuleException("contracts.error.transition", Labels.action(action), Labels.status(status));
		}
	}

	/** The status after the action (the same for edits and amendments); refuses as {@link #require}. */
	static ContractStatus after(ContractStatus status, ContractAction action) {
		require(status, action);
		return RESULT.getOrDefault(action, status);
	}
}
