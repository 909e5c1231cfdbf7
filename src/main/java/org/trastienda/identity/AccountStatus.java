package org.trastienda.identity;

/** Whether a user can sign in: disabled by an administrator, locked by failed logins, or active. */
public enum AccountStatus {
	ACTIVE, LOCKED, DISABLED;

	static AccountStatus of(boolean enabled, boolean locked) {
		return !enabled ? DISABLED : locked ? LOCKED : ACTIVE;
	}
}
