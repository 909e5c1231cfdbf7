package org.trastienda.identity;

import java.util.Set;

/** A user as lists and other modules show them. */
public record UserSummary(Long id, String username, String fullName, String email, Long regionId, String regionCode,
		Set<Role> roles, boolean enabled, boolean locked, String language, long version) {

	public AccountStatus status() {
		return AccountStatus.of(enabled, locked);
	}
}
