package org.trastienda.identity;

/** What a user does in the back office; a user may hold several. */
public enum Role {
	ADMIN, SALES_DIRECTOR, REGIONAL_MANAGER, SALES_REP, BACK_OFFICE, FINANCE;

	public String authority() {
		return "ROLE_" + name();
	}
}
