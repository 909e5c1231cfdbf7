package org.trastienda.identity;

import java.util.Set;

/**
 * What an administrator sets on an account.
 *
 * @param regionCode the user's region, or null for none
 * @param enabled null keeps the current value (a new account is enabled)
 * @param language {@code es} or {@code en}; null keeps the current value (a new account speaks Spanish)
 */
public record AccountData(String fullName, String email, Set<Role> roles, String regionCode, Boolean enabled,
		String language) {
}
