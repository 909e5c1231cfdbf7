package org.trastienda.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal; serializable because sessions live in the database. */
record SignedInUser(CurrentUser user, String passwordHash, boolean enabled, boolean locked)
		implements UserDetails, Serializable {

	SignedInUser withoutPasswordHash() {
		return new SignedInUser(user, null, enabled, locked);
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
