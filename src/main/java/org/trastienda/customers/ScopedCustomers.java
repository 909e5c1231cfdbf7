package org.trastienda.customers;

import org.springframework.stereotype.Component;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.DataScope;
import org.trastienda.shared.NotFoundException;

/** Loads customers through the caller's data scope: outside it a customer does not exist. */
@Component
class ScopedCustomers {

	private final CustomerRepository customers;

	ScopedCustomers(CustomerRepository customers) {
		this.customers = customers;
	}

	Customer require(CurrentUser user, Long id) {
		DataScope scope = user.scope();
		var found = switch (scope.kind()) {
			case ALL -> customers.findById(id);
			case REGION -> scope.regionId() == null ? java.util.Optional.<Customer>empty()
					: customers.findByIdAndRegionId(id, scope.regionId());
			case OWNER -> customers.findByIdAndOwnerId(id, scope.ownerId());
		};
		return found.orElseThrow(() -> new NotFoundException("customer", id));
	}

	/** A customer in scope that the user may change entirely (contacts, certificates, notes, attachments too). */
	Customer requireFullAccess(CurrentUser user, Long id) {
		Customer customer = require(user, id);
		WritePolicy.require(WritePolicy.accessTo(user, customer.getOwnerId()).mayEditAll());
		return customer;
	}
}
