package org.trastienda.contracts;

import org.springframework.stereotype.Component;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.NotFoundException;

/** Loads contracts through the caller's data scope: outside it a contract does not exist. */
@Component
class ScopedContracts {

	private final ContractRepository contracts;

	ScopedContracts(ContractRepository contracts) {
		this.contracts = contracts;
	}

	Contract require(CurrentUser user, Long id) {
		return contracts.findById(id)
			.filter(contract -> user.scope().allows(contract.getRegionId(), contract.getOwnerId()))
			.orElseThrow(() -> notFound(id));
	}

	/** As {@link #require}, with the row locked until the transaction ends (status changes, amendments). */
	Contract requireLocked(CurrentUser user, Long id) {
		return contracts.findLockedById(id)
			.filter(contract -> user.scope().allows(contract.getRegionId(), contract.getOwnerId()))
			.orElseThrow(() -> notFound(id));
	}

	static NotFoundException notFound(Long id) {
		return new NotFoundException("contract", id);
	}
}
