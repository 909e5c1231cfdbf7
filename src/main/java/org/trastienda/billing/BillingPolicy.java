package org.trastienda.billing;

import org.springframework.security.access.AccessDeniedException;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;

/**
 * Who may do what with invoices: the back office (and the administrator) prepares, issues, rectifies,
 * cancels and sends them and takes invoice requests; sales reps ask for invoices on their contracts;
 * finance and the sales director decide overrides in the four-eyes engine; only the administrator
 * changes the company settings and series. Everyone reads within their data scope.
 */
final class BillingPolicy {

	private BillingPolicy() {
	}

	static boolean isBackOffice(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
	}

	static boolean mayRequest(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN, Role.SALES_REP);
	}

	static boolean isAdmin(CurrentUser user) {
		return user.hasRole(Role.ADMIN);
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("may not do this with invoices");
		}
	}
}
