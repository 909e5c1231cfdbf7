package org.trastienda.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal; serializable because sessions live in the database.
 *
 * @param loginFailures whether the account has failed logins or a lock recorded, which a successful
 *        login clears
 */
record SignedInUser(CurrentUser user, String passwordHash, boolean enabled, boolean locked, boolean loginFailures)
		implements UserDetails, Serializable {

	/** What the session keeps: no password hash, nothing left to clear. */
	SignedInUser withoutPasswordHash() {
		return new SignedInUser(user, null, enabled, locked, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = user.roles().stream()
				.map(role -> new SimpleGrantedAuthority(role.authority()))
				.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
