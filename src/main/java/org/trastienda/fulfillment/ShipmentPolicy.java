package org.trastienda.fulfillment;

import org.springframework.security.access.AccessDeniedException;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;

/**
 * Who may do what with shipments and returns: the back office (and the administrator) makes
 * shipments, records their status and receives and closes returns; everyone else reads within
 * their data scope. A return is registered by the back office or by the contract's sales rep, and
 * verified by the contract's sales rep, or above him by the regional manager or the sales director
 * (so a return the rep registered himself can still be verified), never by who registered it.
 */
final class ShipmentPolicy {

	private ShipmentPolicy() {
	}

	static boolean isBackOffice(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
	}

	static boolean mayRegisterReturns(CurrentUser user) {
		return isBackOffice(user) || user.hasRole(Role.SALES_REP);
	}

	/** The contract's sales rep, the regional manager (whose scope holds the contract) or the sales director. */
	static boolean mayVerify(CurrentUser user, String contractOwner) {
		return (user.hasRole(Role.SALES_REP) && user.username().equals(contractOwner))
				|| user.hasAnyRole(Role.REGIONAL_MANAGER, Role.SALES_DIRECTOR);
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("may not do this to shipments or returns");
		}
	}
}
