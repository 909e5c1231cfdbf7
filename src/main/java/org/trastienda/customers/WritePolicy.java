package org.trastienda.customers;

import org.springframework.security.access.AccessDeniedException;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;

/**
 * Who may write in the archive (issue 2, section 2): back office and admin everything; a sales
 * rep creates customers owned by themself and edits their own; finance edits billing data;
 * directors and regional managers only read. A user holding several roles gets the widest right.
 */
final class WritePolicy {

	private WritePolicy() {
	}

	static boolean mayCreate(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN, Role.SALES_REP);
	}

	/** A sales rep without a back-office right always owns what they create and edit. */
	static boolean ownsWhatTheyWrite(CurrentUser user) {
		return !user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
	}

	static boolean mayDeleteAttachments(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
	}

	static boolean mayImport(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
	}

	static CustomerAccess accessTo(CurrentUser user, Long ownerId) {
		if (user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN)
				|| (user.hasRole(Role.SALES_REP) && user.id().equals(ownerId))) {
			return CustomerAccess.FULL;
		}
		return user.hasRole(Role.FINANCE) ? CustomerAccess.BILLING : CustomerAccess.READ;
	}

	static void requireCreate(CurrentUser user) {
		if (!mayCreate(user)) {
			throw new AccessDeniedException("may not create customers");
		}
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("may not write this record");
		}
	}
}
