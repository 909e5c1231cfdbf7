package org.trastienda.identity;

/**
 * Which users a list shows; every part is optional.
 *
 * @param query a fragment of the username, full name or e-mail
 */
public record UserFilter(String query, Role role, String regionCode, AccountStatus status) {

	public static UserFilter none() {
		return new UserFilter(null, null, null, null);
	}
}
