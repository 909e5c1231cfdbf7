package org.trastienda.contracts;

import org.springframework.security.access.AccessDeniedException;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;

/**
 * Who may write what (issue 3, section 2): back office and admin everything; a draft also its
 * author and its owning sales rep, who may also propose amendments to it once active and cancel
 * it before it is; only the back office completes contracts, cancels active ones and keeps the
 * required documents. Directors and regional managers read and approve.
 */
final class ContractPolicy {

	private ContractPolicy() {
	}

	static boolean mayCreate(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN, Role.SALES_REP);
	}

	/** A sales rep without a back-office right always owns what they draft. */
	static boolean ownsWhatTheyWrite(CurrentUser user) {
		return !isBackOffice(user);
	}

	static boolean isBackOffice(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
	}

	/** The back office, the author, or the sales rep owning the contract. */
	static boolean isWriter(CurrentUser user, Contract contract) {
		return isBackOffice(user) || user.username().equals(contract.getAuthor())
				|| (user.hasRole(Role.SALES_REP) && user.id().equals(contract.getOwnerId()));
	}

	static ContractAccess accessTo(CurrentUser user, Contract contract, boolean amendmentPending) {
		ContractStatus status = contract.getStatus();
		boolean writer = isWriter(user, contract);
		boolean backOffice = isBackOffice(user);
		boolean open = status != ContractStatus.CANCELLED;
		return new ContractAccess(writer && Lifecycle.allows(status, ContractAction.EDIT),
				writer && Lifecycle.allows(status, ContractAction.SUBMIT),
				mayCancel(user, contract) && Lifecycle.allows(status, ContractAction.CANCEL),
				backOffice && Lifecycle.allows(status, ContractAction.COMPLETE),
				writer && !amendmentPending && Lifecycle.allows(status, ContractAction.AMEND),
				backOffice && open, writer && open, backOffice);
	}

	/**
	 * The back office cancels an active contract; a pending one only its author, who withdraws the
	 * approval request they are the author of; drafts any of their writers.
	 */
	static boolean mayCancel(CurrentUser user, Contract contract) {
		return switch (contract.getStatus()) {
			case ACTIVE -> isBackOffice(user);
			case PENDING_APPROVAL -> user.username().equals(contract.getAuthor());
			default -> isWriter(user, contract);
		};
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("may not do this to the contract");
		}
	}
}
