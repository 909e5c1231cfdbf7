package org.trastienda.identity;

import java.util.Set;

/** The signed-in user as other modules see it. */
public record CurrentUser(Long id, String username, String fullName, Long regionId, String regionCode,
		Set<Role> roles, String language) implements java.io.Serializable {

	private static final Set<Role> SEE_ALL = Set.of(Role.ADMIN, Role.SALES_DIRECTOR, Role.BACK_OFFICE, Role.FINANCE);

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(Role... any) {
		for (Role role : any) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/** The widest scope among the user's roles. */
	public DataScope scope() {
		if (roles.stream().anyMatch(SEE_ALL::contains)) {
			return DataScope.all();
		}
		if (hasRole(Role.REGIONAL_MANAGER)) {
			return DataScope.region(regionId);
		}
		return DataScope.owner(id);
	}
}
